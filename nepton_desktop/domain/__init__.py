"""Records and rules of Nepton's data, free of Qt, HTTP and XML."""

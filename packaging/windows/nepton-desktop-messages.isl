; Nepton Desktop's own installer texts in the three installer languages. Added to each
; language's messages in nepton-desktop.iss ([Languages] MessagesFile: "...,this file").
; Inno's standard texts (CreateDesktopIcon, LaunchProgram, ...) come from Default.isl,
; Finnish.isl and Swedish.isl.

[CustomMessages]
en.AppComment=Edit and bulk-import Nepton personnel, projects, absences and worktime events
fi.AppComment=Muokkaa ja tuo massana Neptonin henkilöstö-, projekti-, poissaolo- ja työaikatietoja
sv.AppComment=Redigera och massimportera personal, projekt, frånvaro och arbetstid i Nepton

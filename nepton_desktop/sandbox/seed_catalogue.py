"""The fixed catalogue behind the seeds: event types, absence types, units and the word
lists the demo community is drawn from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventTypeSeed:
    id: int
    internal_name: str
    code: str
    name: str
    category: str


# Work=1, Meeting=31, Remote work=84 and Emergency work=239 are Nepton's published ids
# (360002520778); the other ids are the sandbox's own.
EVENT_TYPES = (
    EventTypeSeed(1, "work", "TYO", "Työ", "work"),
    EventTypeSeed(31, "meeting", "PAL", "Palaveri", "work"),
    EventTypeSeed(84, "remote_work", "ETA", "Etätyö", "work"),
    EventTypeSeed(239, "emergency_work", "HATA", "Hätätyö", "work"),
    EventTypeSeed(12, "work_elsewhere", "TYOM", "Työ muualla", "work"),
    EventTypeSeed(13, "exercise_hour", "LIIK", "Liikuntatunti", "work"),
    EventTypeSeed(2, "sick_leave", "SAIR", "Sairausloma", "absence"),
    EventTypeSeed(3, "annual_leave", "VL", "Vuosiloma", "absence"),
    EventTypeSeed(4, "flextime_leave", "SALDO", "Saldovapaa", "absence"),
    EventTypeSeed(5, "absence", "POISSA", "Poissaolo", "absence"),
    EventTypeSeed(6, "day_off", "VAP", "Vapaalla", "absence"),
    EventTypeSeed(40, "balance_correction", "SALKOR", "Saldon korjaus", "administrative"),
    EventTypeSeed(41, "annual_leave_correction", "VLKOR", "Lomapäivien korjaus", "administrative"),
)

# Absence sub-types of "Absence" (360020205977): code, name, compensation, earns vacation days.
ABSENCE_TYPES = (
    ("A01", "Palkallinen vapaa", "Paid", True),
    ("A02", "Palkaton vapaa", "Unpaid", False),
    ("A03", "Lapsen sairaus", "Paid", True),
    ("A04", "Lääkärissäkäynti", "Paid", True),
    ("A05", "Opintovapaa", "Unpaid", False),
    ("A06", "Lomautus", "Unpaid", False),
    ("A07", "Vanhempainvapaa", "Unpaid", True),
    ("A08", "Hoitovapaa", "Unpaid", False),
    ("A09", "Sairausloma alennetulla palkalla", "Reduced", True),
    ("A10", "Merkkipäivävapaa", "Paid", True),
)
ABSENCE_TYPE_ID = 5

UNITS = (
    ("ADM", "Hallinto"),
    ("FIN", "Talous"),
    ("HR", "Henkilöstöhallinto"),
    ("IT", "Tietohallinto"),
    ("SALES", "Myynti"),
    ("CS", "Asiakaspalvelu"),
    ("PROD-TRE", "Tuotanto Tampere"),
    ("PROD-OUL", "Tuotanto Oulu"),
    ("WH-VAN", "Varasto Vantaa"),
    ("SERV-TKU", "Huolto Turku"),
    ("LOG", "Logistiikka"),
    ("RND", "Tuotekehitys"),
)

FIRST_NAMES_F = (
    "Aino",
    "Anna",
    "Anni",
    "Eeva",
    "Elina",
    "Emilia",
    "Helmi",
    "Henna",
    "Iida",
    "Johanna",
    "Katja",
    "Kaisa",
    "Laura",
    "Leena",
    "Liisa",
    "Maria",
    "Marjatta",
    "Minna",
    "Noora",
    "Oona",
    "Paula",
    "Pirjo",
    "Riikka",
    "Sanna",
    "Satu",
    "Sofia",
    "Tiina",
    "Tuula",
    "Venla",
    "Päivi",
)
FIRST_NAMES_M = (
    "Aleksi",
    "Antti",
    "Eero",
    "Eino",
    "Hannu",
    "Heikki",
    "Ilkka",
    "Jari",
    "Jukka",
    "Juha",
    "Kalle",
    "Lauri",
    "Markku",
    "Matti",
    "Mikko",
    "Niko",
    "Olli",
    "Pekka",
    "Petri",
    "Sami",
    "Seppo",
    "Timo",
    "Tuomas",
    "Ville",
    "Väinö",
    "Jyrki",
    "Kari",
    "Onni",
    "Pasi",
    "Risto",
)
LAST_NAMES = (
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
    "Salo",
    "Laitinen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Mattila",
    "Savolainen",
    "Lahtinen",
    "Ahonen",
    "Räsänen",
    "Leppänen",
    "Kallio",
    "Hiltunen",
    "Aaltonen",
    "Peltonen",
    "Väisänen",
    "Öhman",
)
CITIES = (
    ("Helsinki", "00100"),
    ("Espoo", "02100"),
    ("Vantaa", "01300"),
    ("Tampere", "33100"),
    ("Turku", "20100"),
    ("Oulu", "90100"),
    ("Jyväskylä", "40100"),
    ("Lahti", "15100"),
)
STREETS = (
    "Mannerheimintie",
    "Hämeenkatu",
    "Aleksanterinkatu",
    "Kauppakatu",
    "Rantatie",
    "Koulukatu",
    "Puistokatu",
    "Asemakatu",
    "Kirkkokatu",
    "Tehtaankatu",
)
JOB_TITLES = (
    "Asiantuntija",
    "Suunnittelija",
    "Myyntineuvottelija",
    "Asentaja",
    "Varastotyöntekijä",
    "Asiakaspalvelija",
    "Kehittäjä",
    "Controller",
    "Tuotantotyöntekijä",
    "Huoltomies",
)
BANKS = (("1", "NDEAFIHH"), ("5", "OKOYFIHH"), ("8", "DABAFIHH"), ("3", "HANDFIHH"))

CUSTOMERS = (
    "Kesko-Rakennus Oy",
    "Pohjolan Energia Oy",
    "Saimaan Satama Oy",
    "Lapin Matkailu Oy",
    "Itämeren Logistiikka Oy",
    "Hämeen Sairaanhoitopiiri",
    "Turun Telakka Oy",
    "Oulun Kaupunki",
)
PROJECT_WORDS = (
    "Kunnossapito",
    "Käyttöönotto",
    "Laajennus",
    "Tukipalvelu",
    "Uudistus",
    "Asennus",
    "Koulutus",
    "Selvitys",
)

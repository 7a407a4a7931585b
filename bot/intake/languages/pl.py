"""Polish (pl) word lists and danger patterns for the intake parsers.

Phone keyboards often drop Polish diacritics ("prosze", "nie wiem", "zglosic"), so every
phrase is also listed without them (`_plain`): the same words, as people really type them.
"""
from bot.intake.normalise import without_latin_marks as _plain
from bot.intake.date_patterns import DOTTED_DATE, hour_after
from bot.danger_guard import guarded


def _both(phrases):
    """Each phrase with and without diacritics (order kept, no duplicates)."""
    return tuple(dict.fromkeys(p for phrase in phrases for p in (phrase, _plain(phrase))))


def _both_keys(table):
    return {k: v for key, v in table.items() for k in (key, _plain(key))}


_SKIP = (
    "nie wiem", "nie wiem niestety", "nie mam pojęcia", "nie mam pojecia", "brak pojęcia",
    "pomiń", "pomin", "pomiń to", "pomiń pytanie", "dalej", "następne", "następne pytanie",
    "nie jestem pewien", "nie jestem pewna", "nie jestem pewny", "nie pamiętam",
    "nie pamietam", "zapomniałem", "zapomniałam", "wolę nie mówić", "wolałbym nie mówić",
    "wolałabym nie mówić", "nie chcę mówić", "nie chcę odpowiadać", "bez komentarza",
    "trudno powiedzieć", "nie wiadomo", "nie znam", "niewiem", "nwm", "nw", "nie wiem sory",
    "przejdź dalej", "pas",
)
_SKIP_FILLER = (
    "ja", "naprawdę", "szczerze", "sorry", "sory", "przepraszam", "no", "yyy", "eee", "hmm",
    "to", "tego", "tym", "pytanie", "pytania", "odpowiedź", "kiedy", "gdzie", "kto", "co",
    "jak", "dokładnie", "proszę", "prosze", "plis", "pls", "już", "niestety", "ok", "okej",
    "dobrze", "pani", "panie", "czy", "było", "jest", "data", "godzina", "dzień", "o", "tym",
    "tej", "tego",
)
_YES = (
    "tak", "taak", "takk", "no tak", "tak jest", "tak prosze", "tak proszę", "jasne", "pewnie",
    "oczywiście", "oczywiscie", "zgoda", "zgadzam się", "okej", "oki", "dobrze", "dobra",
    "w porządku", "zgadza się", "zgadza sie", "racja", "dokładnie", "mhm", "aha", "ta",
    "no jasne", "pewno", "można", "mozna", "nie mam nic przeciwko", "nie przeszkadza mi",
    "zgadzam", "potwierdzam", "śmiało", "prawda", "to prawda", "właśnie tak",
)
_NO = (
    "nie", "nie dziękuję", "nie dzięki", "nie teraz", "jeszcze nie", "raczej nie", "wcale nie",
    "absolutnie nie", "na pewno nie", "oczywiście że nie", "nigdy", "nie chcę", "nie zgadzam się",
    "nie zgadza się", "źle", "błąd", "nieprawda", "to nieprawda", "nie prawda", "nope", "ne",
    "nie wolno", "nie można", "wolę nie", "lepiej nie", "nie było", "nie mam", "nie jestem",
    "proszę nie", "nie proszę",
)
_NEUTRAL = (
    "nie wiem", "nikt", "nikogo", "niczego", "nie jestem pewien", "nie jestem pewna",
    "nie mam pojęcia", "nie mam nic przeciwko", "nie przeszkadza mi", "nikt nie", "nikogo nie",
    "nic nie", "nigdzie nie",
)
_NUMBER_WORDS = {
    "jeden": 1, "jedna": 1, "jedynka": 1, "dwa": 2, "dwie": 2, "dwójka": 2, "trzy": 3,
    "trójka": 3, "cztery": 4, "czwórka": 4, "pięć": 5, "piątka": 5, "sześć": 6, "szóstka": 6,
    "siedem": 7, "siódemka": 7, "osiem": 8, "ósemka": 8, "dziewięć": 9, "dziewiątka": 9,
    "dziesięć": 10, "dziesiątka": 10, "pierwsza": 1, "pierwszy": 1, "druga": 2, "drugi": 2,
    "trzecia": 3, "trzeci": 3, "czwarta": 4, "czwarty": 4, "piąta": 5, "piąty": 5,
    "szósta": 6, "szósty": 6, "siódma": 7, "siódmy": 7, "ósma": 8, "ósmy": 8,
}

# A language's own words for options (bot/intake/words.py OPTION_WORDS): the short answers
# people text that the option titles do not hold, or hold in another form ("sąsiedzi" for
# "Sąsiad", "ja" for "To spotkało mnie"). Each names one option of its question only. Many
# title words are listed too: an answer these words read is not read against the titles, so
# "nagranie i świadkowie" keeps both options.
_OPTION_WORDS = {
    "reporter_role": {
        "victim": (
            "ja", "mnie", "ze mną", "to ja", "mi się to stało", "przydarzyło mi się",
            "mnie to spotkało", "ofiara", "ofiarą", "jestem ofiarą",
        ),
        "witness": (
            "widziałem", "widziałam", "widziałem to", "widziałam to", "zobaczyłem",
            "zobaczyłam", "świadek", "świadkiem", "byłem świadkiem", "byłam świadkiem",
            "patrzyłem", "patrzyłam",
        ),
        "on_behalf": (
            "syn", "syna", "synowi", "synem", "córka", "córki", "córce", "córkę", "córką",
            "dziecko", "dziecka", "dziecku", "dzieci", "dzieciom", "mama", "mamy", "mamie",
            "mamę", "matka", "matki", "matce", "tata", "taty", "tacie", "tatę", "ojciec", "ojca",
            "mąż", "męża", "mężowi", "żona", "żony", "żonie", "żonę", "brat", "brata", "bratu",
            "siostra", "siostry", "siostrze", "siostrę", "przyjaciel", "przyjaciela",
            "przyjaciółka", "przyjaciółki", "przyjaciółce", "kolega", "kolegi", "koleżanka",
            "koleżanki", "sąsiad", "sąsiada", "sąsiadowi", "sąsiadka", "sąsiadki", "sąsiadce",
            "sąsiedzi", "sąsiadów", "rodzina", "rodziny", "rodzinie", "rodzice", "rodziców",
            "partner", "partnera", "partnerka", "partnerki", "babcia", "babci", "dziadek",
            "dziadka", "wnuk", "wnuczka", "w imieniu", "za kogoś", "ktoś inny", "komuś innemu",
            "kogoś innego", "inna osoba", "innej osoby", "inną osobę", "za inną osobę",
        ),
    },
    "location_type": {
        "council_home": (
            "w domu", "dom", "domu", "mój dom", "moim domu", "mieszkanie", "mieszkaniu",
            "w mieszkaniu", "moje mieszkanie", "moim mieszkaniu", "u mnie", "komunalne",
            "komunalnym", "socjalne", "socjalnym", "kwaterunkowe",
        ),
        "communal_area": (
            "klatka", "klatce", "na klatce", "klatka schodowa", "klatce schodowej", "schody",
            "schodach", "na schodach", "korytarz", "korytarzu", "na korytarzu", "winda",
            "windzie", "w windzie", "parking", "parkingu", "na parkingu", "ogród", "ogrodzie",
            "podwórko", "podwórku", "na podwórku", "piwnica", "piwnicy", "śmietnik",
            "przy śmietniku", "hol", "holu", "przy wejściu", "pod blokiem", "przed blokiem",
            "część", "części", "część wspólna", "wspólna", "wspólnej", "ogólnodostępna",
            "ogólnodostępnej", "budynku", "w budynku",
        ),
        "other": (
            "ulica", "ulicy", "na ulicy", "sklep", "sklepie", "w sklepie", "autobus",
            "autobusie", "w autobusie", "parku", "w parku", "szkoła", "szkole", "w szkole",
            "praca", "pracy", "w pracy", "przystanek", "przystanku", "na przystanku", "mieście",
            "w mieście", "centrum", "tramwaj", "tramwaju", "pociąg", "pociągu", "chodnik",
            "chodniku", "internet", "internecie", "gdzie indziej", "gdzieś indziej", "inne",
            "inne miejsce", "w innym miejscu",
        ),
    },
    "perpetrator_relation": {
        "neighbour": (
            "sąsiad", "sąsiada", "sąsiadka", "sąsiadki", "sąsiedzi", "sąsiadów", "sąsiadem",
            "sąsiadką", "sąsiadami", "sąsiad z bloku", "sąsiad z góry", "sąsiad z dołu",
            "sąsiad z naprzeciwka", "sąsiedzi z góry", "z naprzeciwka", "zza ściany", "za ścianą",
            "z góry", "z dołu",
        ),
        "council_tenant": (
            "lokator", "lokatorka", "lokatorzy", "lokatora", "lokatorów", "najemca", "najemcy",
            "inny", "inna", "inny lokator", "komunalnego",
            "mieszkaniec osiedla", "mieszkańcy osiedla", "z osiedla", "z naszego osiedla",
            "mieszka na osiedlu", "mieszkają na osiedlu",
        ),
        "visitor": (
            "gość", "goście", "gości", "odwiedzający", "odwiedzał", "odwiedzała", "odwiedzali",
            "w odwiedzinach", "przyjechał do kogoś", "przyszedł do kogoś", "przyjezdny",
            "przyjezdni",
        ),
        "stranger": (
            "obcy", "obca", "obcy człowiek", "obcy ludzie", "obcego", "nieznajomy", "nieznajoma",
            "nieznajomi", "nieznajomego", "przechodzień", "przechodnie", "przypadkowy",
            "przypadkowa osoba", "przypadkowi ludzie", "pierwszy raz widziałem",
            "pierwszy raz widziałam", "nigdy wcześniej nie widziałem",
            "nigdy wcześniej nie widziałam",
        ),
        "unknown": (
            "nieznany sprawca", "nieznani sprawcy", "nie widziałem kto", "nie widziałam kto",
            "nie wiem kto to był", "nie wiem kto to zrobił",
        ),
    },
    "message_safety": {
        "both": (
            "oba", "obie", "obydwa", "obydwie", "jedno i drugie", "i to i to",
            "obojętnie", "wszystko jedno",
        ),
        "texts": (
            "same smsy", "esemesy", "esemes", "wiadomości tekstowe", "pisemnie", "piszcie",
        ),
        "voicemail": (
            "sekretarka", "sekretarkę", "na sekretarkę", "nagrać wiadomość",
            "nagrana wiadomość",
        ),
        "neither": (
            "żadne", "żadna", "żaden", "nic", "niczego", "ani to ani to",
            "ani jedno ani drugie", "żadnych wiadomości", "nic nie zostawiać",
        ),
    },
    "hate_types": {
        "race": (
            "rasa", "rasy", "rasizm", "rasistowski", "rasistowskie", "rasistowska", "rasistowsko",
            "rasista", "rasiści", "rasistka", "kolor skóry", "koloru skóry", "skóra", "skóry",
            "czarny", "czarna", "czarni", "pochodzenie", "pochodzenia", "etniczne", "etniczny",
            "narodowość", "narodowości", "polak", "polka", "polacy", "polski", "polskie",
            "polskiego", "po polsku", "polakiem", "polką", "obcokrajowiec",
            "obcokrajowcy", "cudzoziemiec", "imigrant", "imigrantka", "imigranci", "emigrant",
            "emigranci", "akcent", "akcentu", "wracaj do siebie", "wracaj do polski", "romowie",
            "romski", "romska", "ukrainiec", "ukrainka",
        ),
        "religion": (
            "religia", "religii", "religijny", "religijne", "światopogląd", "wiara", "wiarę",
            "wiary", "muzułmanin", "muzułmanka", "muzułmanie", "muzułmański", "islam",
            "islamu", "hidżab", "hidżabu", "chusta", "chustę", "chustka", "meczet", "żyd",
            "żydówka", "żydzi", "antysemityzm", "antysemicki", "katolik", "katoliczka",
            "chrześcijanin", "chrześcijanka", "kościół", "sikh", "turban",
        ),
        "disability": (
            "niepełnosprawność", "niepełnosprawności", "niepełnosprawny", "niepełnosprawna",
            "niepełnosprawne", "niepełnosprawni", "inwalida", "wózek", "wózku", "na wózku",
            "wózek inwalidzki", "niewidomy", "niewidoma", "głuchy", "głucha", "niesłyszący",
            "autyzm", "autystyczny", "autystyczne", "zdrowie psychiczne", "choroba psychiczna",
        ),
        "sexual_orientation": (
            "orientacja", "orientacji", "orientacja seksualna", "gej", "geje", "gejem",
            "lesbijka", "lesbijki", "lesbijką", "biseksualny", "biseksualna", "homoseksualny",
            "homoseksualna", "homofobia", "homofobiczny", "homofobiczne", "homofob", "lgbt",
        ),
        "transgender": (
            "transpłciowy", "transpłciowa", "transpłciowe", "transpłciowość", "tożsamość",
            "transfobia", "transfobiczny", "transfobiczne", "niebinarny", "niebinarna",
            "niebinarne", "tranzycja", "zmiana płci",
        ),
        "other": (
            "coś", "coś innego", "inne", "inny powód", "wiek", "wieku", "płeć", "kobieta",
            "kobiety", "mizoginia", "seksizm", "bezdomny", "bezdomność", "wygląd",
        ),
    },
    "harms": {
        "injury": (
            "ktoś", "został ranny", "ranny", "ranna", "ranni", "rany", "rana", "pobity", "pobita",
            "pobici", "pobili",
            "pobił", "uderzył", "uderzyła", "uderzyli", "bili", "bił", "kopnął", "kopali",
            "krew", "krwawił", "krwawiła", "siniak", "siniaki", "złamana ręka", "złamany nos",
            "szpital", "szpitalu", "w szpitalu", "pogotowie", "obrażenia", "skaleczony",
        ),
        "damage": (
            "zniszczenie", "zniszczenia", "zniszczony", "zniszczone", "zniszczyli", "zniszczył",
            "mienie", "mienia", "szkody", "rozbite", "rozbita", "rozbili", "wybite",
            "wybita", "wybili", "wybił", "okno", "okna", "szyba", "szyby", "szybę", "samochód",
            "samochodu", "auto", "auta", "drzwi", "zamek", "opony", "porysowany", "porysowali",
            "płot", "ogrodzenie",
        ),
        "graffiti": (
            "napis", "napisy", "napisali", "napisał", "namalowali", "namalował", "wymalowali",
            "sprejem", "farbą", "swastyka", "swastykę", "bazgroły", "na ścianie", "na murze",
        ),
        "children_present": (
            "dzieci", "dziecko", "dzieckiem", "dziećmi", "z dziećmi", "dzieciaki", "syn", "syna",
            "synem", "synek", "córka", "córką", "córkę", "córeczka", "niemowlę", "maluch",
            "wnuk", "wnuki", "wnuczka",
        ),
        "none": (
            "nic", "nic z tych rzeczy", "nic się nie stało", "bez obrażeń", "nikt nie ucierpiał",
            "tylko słowa", "tylko wyzwiska", "tylko obelgi", "tylko słownie",
        ),
    },
    "evidence": {
        "photos": (
            "zdjęcia", "zdjęcie", "zdjęć", "fotki", "fotka", "foto", "film", "filmik", "nagranie",
            "nagrania", "nagrałem", "nagrałam", "nagrane", "wideo", "telefonem", "w telefonie",
            "na telefonie", "zrzut ekranu", "zrzuty ekranu", "screeny", "screen",
        ),
        "witnesses": (
            "świadkowie", "świadek", "świadka", "świadków", "sąsiad widział", "sąsiadka widziała",
            "sąsiedzi widzieli", "ktoś widział", "ludzie widzieli", "przechodnie",
        ),
        "cctv": (
            "monitoring", "monitoringu", "kamera", "kamery", "kamerze", "kamerą", "kamerka",
            "dzwonek", "dzwonku", "kamera w dzwonku", "wideodomofon", "domofon",
        ),
        "none": (
            "nic", "brak", "żadnych dowodów", "nie mam dowodów", "nie ma dowodów", "bez dowodów",
            "nikt nie widział",
        ),
    },
    "wants": {
        "support": (
            "wsparcie", "wsparcia", "pomoc", "pomocy", "porozmawiać", "rozmowa", "rozmowy",
            "psycholog", "psychologa", "terapia", "doradca", "ktoś do rozmowy", "rodzina",
            "rodziny", "dla rodziny",
        ),
        "security": (
            "zabezpieczenie", "zabezpieczenia", "zabezpieczyć", "bezpieczeństwo", "zamek",
            "zamki", "nowy zamek", "nowe zamki", "kłódka", "drzwi", "nowe drzwi",
            "antywłamaniowe", "kamera", "kamerę", "kamery", "monitoring", "oświetlenie",
            "wizjer", "łańcuch",
        ),
        "graffiti_removal": (
            "usunięcie", "usunąć", "usunięcia", "zmyć", "zmycie", "wyczyścić", "wyczyszczenie",
            "zamalować", "zamalowanie", "umyć",
        ),
        "repair": (
            "naprawa", "naprawy", "naprawić", "naprawienie", "zreperować", "remont",
            "wymiana szyby", "nowa szyba", "wstawić szybę",
        ),
        "transfer": (
            "przeprowadzka", "przeprowadzkę", "przeprowadzki", "przeprowadzce", "przeprowadzić się",
            "przenieść", "przeniesienie", "zamiana mieszkania", "inne mieszkanie",
            "nowe mieszkanie", "wyprowadzić się", "wyprowadzka", "zmiana mieszkania",
        ),
    },
    "correction": {
        "what": ("opis", "opis zdarzenia", "zdarzenie", "rodzaj"),
        "when": ("data", "datę", "godzina", "dzień", "czas"),
        "where": ("adres", "miejsce", "kod pocztowy", "lokalizacja"),
        "who": ("sprawca", "sprawcy", "sprawcę"),
        "contact": (
            "telefon", "numer telefonu", "mój numer", "email", "e-mail", "mail", "imię",
            "nazwisko", "dane kontaktowe",
        ),
        "help": ("dowody", "pomoc", "zgoda", "zgody", "policja", "policję", "wsparcie"),
    },
}

WORDS = {
    "SKIP": _both(_SKIP),
    "SKIP_FILLER": _both(_SKIP_FILLER),
    "YES": _both(_YES),
    "NO": _both(_NO),
    "WEAK_YES": _both(("proszę", "poproszę", "dziękuję", "dzięki", "dzieki")),
    "NEUTRAL": _both(_NEUTRAL),
    "NONE": _both((
        "nie", "żadne", "żaden", "żadna", "nic", "żadne z nich", "żadna z nich", "nic z tego",
        "nic z tych", "brak", "nie dziękuję", "nic więcej", "żadnych",
    )),
    "ALL": _both(("wszystkie", "wszystko", "wszystkie z nich", "wszystko z tego", "każde", "wszystkie powyższe")),
    "CHOICE_FILLER": _both((
        "opcja", "opcję", "opcji", "numer", "nr", "to", "jest", "proszę", "i", "oraz", "albo",
        "lub", "też", "także", "myślę", "wybieram", "odpowiedź", "obie", "oba", "dzięki", "ok",
        "chyba", "raczej", "punkt",
    )),
    "NUMBER_WORDS": _both_keys(_NUMBER_WORDS),
    "OPENER": _both((
        "ja", "chcę", "chciałem", "chciałam", "chciałbym", "chciałabym", "zgłosić", "zgłaszam",
        "zgłoszenie", "zgloszenie", "zgłosić", "przestępstwo", "przestępstwa", "nienawiści",
        "incydent", "incydentu", "zdarzenie", "coś", "cos", "proszę", "prosze", "pomoc", "pomocy",
        "pomóc", "potrzebuję", "jak", "mogę", "moge", "można", "mi", "mnie", "dzień", "dobry",
        "cześć", "czesc", "hej", "witam", "siema", "dobry wieczór", "wieczór", "mój", "moja",
        "moje", "to", "się", "jest", "czy", "o", "w", "z", "na", "i", "że", "imieniu", "w imieniu",
        "skargę", "skarga", "powiedzieć", "porozmawiać", "rozmawiać", "kimś", "kontakt",
        "sprawa", "sprawę", "problem", "dotyczy", "dotyczące", "szanowni", "państwo", "urząd",
        "rada", "miasta", "mieszkanie", "mieszkaniowy", "report", "hate", "crime", "council",
        "tak", "ok", "nowe", "nową", "zacząć", "chodzi", "tu", "tutaj", "tym", "ten", "ta",
        "mam", "był", "była", "było", "stało", "wydarzyło", "zdarzyło", "rasistowski", "nienawiść",
    )),
    "OPTION_WORDS": {
        slot: {code: _both(words) for code, words in options.items()}
        for slot, options in _OPTION_WORDS.items()
    },
}

_MONTHS_GEN = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
    "września", "października", "listopada", "grudnia",
)
# "od" means both "since" and "from" ("od sąsiada": from the neighbour), so only "od" + a
# month or a period is rewritten into an unambiguous starter that SINCE / FOR know.
_NUMBERS = {
    "dwa": "2", "dwie": "2", "dwóch": "2", "trzy": "3", "trzech": "3", "cztery": "4",
    "czterech": "4", "pięć": "5", "pięciu": "5", "sześć": "6", "kilka": "3", "kilku": "3",
    "parę": "3", "paru": "3",
}
_UNITS = {
    "dni": "dni", "tygodni": "tygodni", "tygodnie": "tygodni", "miesięcy": "miesięcy",
    "miesiące": "miesięcy", "lat": "lat", "tyg": "tygodni",
}


def _rewrites():
    table = {f"od {m}": f"odkąd {m}" for m in _MONTHS_GEN}
    table.update({
        "od zeszłego roku": "odkąd 1 rok temu", "od ubiegłego roku": "odkąd 1 rok temu",
        "od zeszłego miesiąca": "odkąd 1 miesiąc temu", "od zeszłego tygodnia": "odkąd 1 tydzień temu",
        "od tygodnia": "przez ostatnie 1 tydzień temu", "od miesiąca": "przez ostatnie 1 miesiąc temu",
        "od roku": "przez ostatnie 1 rok temu", "od wczoraj": "odkąd wczoraj",
        "tydzień temu": "1 tydzień temu", "miesiąc temu": "1 miesiąc temu", "rok temu": "1 rok temu",
        "w zeszłym tygodniu": "1 tydzień temu", "w zeszłym miesiącu": "1 miesiąc temu",
        "w zeszłym roku": "1 rok temu", "w ubiegłym tygodniu": "1 tydzień temu",
        "weekend": "sobota", "zeszły weekend": "sobota", "ostatni weekend": "sobota",
        "zeszłą sobotę": "sobota", "zeszłą niedzielę": "niedziela", "zeszłą środę": "środa",
        "zeszły piątek": "piątek", "zeszły czwartek": "czwartek", "zeszły wtorek": "wtorek",
        "zeszły poniedziałek": "poniedziałek", "ostatni piątek": "piątek",
        "ostatnią sobotę": "sobota", "ubiegły piątek": "piątek", "ubiegłą sobotę": "sobota",
        "wczoraj wieczorem": "wczoraj", "wczoraj w nocy": "wczoraj", "wczoraj rano": "wczoraj",
    })
    for number, digit in {**_NUMBERS, **{str(n): str(n) for n in range(1, 13)}}.items():
        for unit, plural in _UNITS.items():
            table[f"od {number} {unit}"] = f"przez ostatnie {digit} {plural} temu"
            table[f"przez {number} {unit}"] = f"przez ostatnie {digit} {plural} temu"
    for number, digit in _NUMBERS.items():
        table[number] = digit
    # dateparser reads the bare words "nie" and "sie" (typed for "się") as Sunday and
    # August; for a date they carry nothing, so they are dropped before it sees them.
    table.update({"nie": "", "sie": "", "się": ""})
    return _both_keys(table)


DATE_WORDS = {
    "DAY_PHRASES": _both_keys({
        "zeszłej nocy": 1, "ostatniej nocy": 1, "wczoraj w nocy": 1, "wczoraj wieczorem": 1,
        "dziś w nocy": 1, "dzisiaj w nocy": 1, "wczoraj": 1, "wczoraj rano": 1,
        "dziś": 0, "dzisiaj": 0, "dziś rano": 0, "dzisiaj rano": 0, "dziś wieczorem": 0,
        "dzisiaj wieczorem": 0, "dziś po południu": 0, "przed chwilą": 0, "właśnie teraz": 0,
        "kilka minut temu": 0, "godzinę temu": 0, "przedwczoraj": 2, "przedwczoraj w nocy": 2,
        "wczoraj": 1,
    }),
    # "12-go listopada" (was 1 November)
    "PATTERN_REWRITES": (
        (r"(?<=\d)-?(?:go|ego)(?!\p{L})", ""),
        DOTTED_DATE,
        hour_after("o", r"o godz\.?", "o godzinie", r"godz\.?"),
    ),
    "REWRITES": _rewrites(),
    "REPEATED": _both((
        "co wieczór", "co noc", "co dzień", "co tydzień", "co rano", "codziennie", "codzienie",
        "ciągle", "cały czas", "wciąż", "znowu", "znów", "ponownie", "zawsze", "często",
        "każdego dnia", "każdej nocy", "każdego wieczoru", "każdego ranka", "w każdy weekend",
        "regularnie", "nadal", "wiele razy", "kilka razy", "parę razy", "razy", "non stop",
        "bez przerwy", "od miesięcy", "od tygodni", "od lat", "od dawna", "od dłuższego czasu", "powtarza się", "trwa",
        "odkąd", "od kiedy", "co chwilę", "na okrągło", "za każdym razem", "notorycznie",
        "cały czas to samo", "dalej to robi", "dalej to robią",
    )),
    "SINCE": _both(("odkąd", "od kiedy", "od czasu", "począwszy od", "zaczęło się w", "zaczęło się")),
    "FOR": _both(("przez ostatnie", "przez ostatnich", "przez ostatni", "przez ostatnią")),
    "CLAUSE_END": _both((
        "i", "ale", "a", "potem", "kiedy", "gdy", "o", "co", "każdego", "każdej", "codziennie",
        "ciągle", "cały", "wciąż", "znowu", "znów", "regularnie", "wieczorem", "rano", "w",
    )),
    "LAST_YEAR": _both(("zeszłego roku", "w zeszłym roku", "ubiegłego roku", "w ubiegłym roku", "zeszły rok", "poprzedniego roku", "w poprzednim roku")),
    # "The end of October" is its last day (with a month's name: dates._month_end).
    "MONTH_END": _both(("pod koniec", "koniec", "końcem", "końcówka", "w końcówce")),
    # An hour said with one of these is after noon ("o 10 wieczorem" is 22:00).
    "EVENING": _both(("wieczorem", "wieczór", "wieczor", "w nocy", "nocą", "po południu")),
    "FUTURE": _both(("jutro", "pojutrze", "następny", "następnym", "następnej", "przyszły", "przyszłym", "przyszłej", "za")),
    "AMBIGUOUS": _both(("luty", "maj", "nie", "sie", "pon", "wt", "śr", "czw", "pt", "sob", "nd", "niedz")),
}

# Danger patterns are written with their Polish letters, and `_d` lets each letter also match its
# plain keyboard form ("się" and "sie", "nóż" and "noz"), inside [...] classes too.
_FOLD = {"ą": "a", "ę": "e", "ł": "l", "ó": "o", "ś": "s", "ż": "z", "ź": "z", "ć": "c", "ń": "n"}


def _d(pattern):
    out, in_class, escaped = [], False, False
    for c in pattern:
        if c in _FOLD:
            out.append(f"{c}{_FOLD[c]}" if in_class else f"[{c}{_FOLD[c]}]")
            continue
        out.append(c)
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == "[":
            in_class = True
        elif c == "]":
            in_class = False
    return "".join(out)


# Polish has one present tense for "they are beating him" and "they beat him (every day, at
# school, because he is Polish)": a present verb alone is not danger now, so most patterns below
# stand down when the message says when it happened, that it keeps happening, or why.
_PAST = (
    r"wczoraj|przedwczoraj|\btemu\b|zeszł\w*|ubiegł\w*|\bwtedy\b|kiedyś|jutro|pojutrze|w nocy"
    r"|\bw (poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|weekend|sylwestra|święta)"
    r"|\bw (styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu)"
)
_HABIT = (
    r"codzienn\w*|ciągle|zawsze|często|regularnie|notorycznie|non stop|nieustannie|cały dzień|całymi"
    r"|\bco (dzień|noc|wiecz\w*|tydzień|weekend|rano|miesiąc|chwilę|jakiś czas)"
    r"|każd\w* (dnia|dzień|nocy|noc|wiecz\w*|ranka|tygodni\w*|weekend\w*|razem|raz)"
    r"|\bod (tygodni|tygodnia|miesięcy|miesiąca|lat|roku|dawna|dłuższego|kilku|paru|jakiegoś|kiedy|początku)"
    r"|przez (cały|ostatni\w*)|(drugi|trzeci|kolejny|któryś|pierwszy) raz|\bpo raz|(wiele|kilka|parę) razy"
    r"|\b(jak|kiedy|gdy) (tylko )?(wracam|wychodzę|idę|jadę|przechodzę|wracamy|wychodzimy|idziemy|jestem"
    r"|go widzę|ich widzę|ją widzę|mnie widzą|nas widzą|mnie widzi)"
)
# Asking about reporting or the rules, or a "what if": not a cry for help.
_REPORT = (
    r"zgłos\w*|zgłasz\w*|zgłosz\w*|\bczy (to|mogę|można|powinn\w*|warto|muszę|mam)\b|\bjeśli\b|\bjeżeli\b"
    r"|\bgdyby\b|co (mogę|mam|można|robić|zrobić) (zrobić )?(jeśli|jak|gdy|kiedy)"
)
# A reason, a setting (school, work, online), a wish to report, a question about the rules.
_WHY = (
    r"\bbo\b|ponieważ|dlatego|za to że|w szkole|w klasie|z klasy|na przerw\w*|w pracy|internet\w*"
    r"|online|facebook\w*|\bfb\b|insta\w*|tiktok\w*|whats\w*|messenger\w*|\bna grupie|\bw grupie"
    rf"|na czacie|w sieci|przez telefon|\bsms\w*|wiadomoś\w*|słownie|werbalnie|{_REPORT}"
)
_ASK = r"\bczy\b|\?"
_LOUD = r"muzyk\w*|impre\w*|hałas\w*|papieros\w*|imprez\w*|głośn\w* (muzyk|gra|słucha)"
_NOISE = rf"dzieci\w*|dzieciak\w*|psy|pies|głośno|{_LOUD}"
_FIRE_ORDINARY = (
    r"papieros\w*|(?<!się )\bpal(i|ą)\b(?! się)|grill\w*|komin\w*|ognisk\w*|kuchen\w*|gotow\w*|czujnik\w*"
    r"|światł\w*|lamp\w*|kontrolk\w*|żarówk\w*|kadzid\w*|świecz\w*|śmieci|liści|gałęzi|od sąsiad\w*"
)

_NOW = r"(teraz|właśnie|w tej chwili)"
# Someone (accusative): me, us, a relative, "someone", a neighbour, a woman...
_PERSON_NOUN = (
    r"(syn\w*|córk\w*|dzieck\w*|dzieci|żon\w*|męż\w*|mam\w*|tat\w*|brat\w*|siostr\w*|sąsiad\w*"
    r"|koleg\w*|partner\w*|dziewczyn\w*|chłopak\w*|rodzin\w*|babci\w*|dziad\w*|przyjaci\w*|ojc\w*"
    r"|matk\w*|kuzyn\w*|wnuk\w*|pracownik\w*|sprzedawc\w*|klient\w*|kobiet\w*|mężczyzn\w*|ludzi)"
)
_WHOM = (
    rf"(mnie|nas|go|ją|ich|kogoś|jakąś \w+|jakiegoś \w+|{_PERSON_NOUN}"
    rf"|(moj\w*|mój|nasz\w*|tego|tę|tą|to|jego|jej|ich) (\w+ )?{_PERSON_NOUN})"
)
# Present (3rd person) of bodily violence: "biją", "kopie", "szarpią", "gonią", "ciągną".
_HIT = (
    r"(biją|bije|kopią|kopie|atakują|atakuje|szarpią|szarpie|duszą|dusi|ciągną|ciągnie|wloką|wlecze"
    r"|trzymają|trzyma|gonią|goni|ścigają|ściga|śledzą|śledzi|popychają|popycha|pchają|pcha"
    r"|leją|leje|tłuką|tłucze|okładają|okłada|dźgają|dźga|osaczają|osacza|napadają na|napada na"
    r"|rzucają się na|rzuca się na)"
)
_HIT_IDIOM = (
    r"\bczas\b|termin\w*|w niepewności|w napięciu|przy życiu|ciągnie (mnie|nas) do (domu|polski|kraju)"
    r"|dusi mnie w|w piersi\w*|kaszel|alergi\w*|tęskn\w*|\bto mnie\b|sytuacj\w*|stres\w*"
)
# Verbal or lesser abuse: danger only when said to be going on now ("teraz", "w tej chwili").
_ABUSE = (
    r"(grozi|grożą|wyzywa|wyzywają|zaczepia|zaczepiają|krzyczy|krzyczą|pluje|plują|obrażają|obraża"
    r"|rzucają|rzuca|biją się|bije się|napadają|napada|popychają|popycha|wrzeszczą|wrzeszczy"
    r"|niszczą|niszczy|rozwalają|rozwala|demolują|demoluje|nachodzą|otaczają)"
)
_NOT_PEOPLE = r"eksmisj\w*|kar[aąy]\b|mandat\w*|deportacj\w*|więzieni\w*|grzywn\w*|utrat\w*|zwolnieni\w*|teraz (się )?(boj|boi|nie |mam|muszę|chcę|czuję|już)"
# Weapons: after "ma/mają" (accusative) and after "z/wymachuje/grozi" (instrumental).
_ARMS = (
    r"(nóż|noże|noża|broń|pistolet|rewolwer|spluwę|gnata?|strzelbę|karabin|maczetę|maczety|siekierę"
    r"|siekiery|tasak|łom|łomy|kij|kije|kij bejsbolowy|pałkę|pałki|młotek|młotki|bombę|granat|kastet"
    r"|ostrze|benzynę|pręt|łańcuch|nożyczki|tulipana)"
)
_WITH_ARMS = (
    r"(nożem|nożami|bronią|pistoletem|rewolwerem|spluwą|strzelbą|karabinem|maczetą|maczetami"
    r"|siekierą|siekierami|tasakiem|łomem|łomami|kijem|kijami|pałką|pałkami|młotkiem|kastetem"
    r"|ostrzem|butelką|prętem|łańcuchem|nożyczkami|benzyną)"
)
# Where someone present is a danger: at my door or windows, in my home or stairwell; "here".
_AT_HOME = (
    r"(pod (moimi |naszymi )?drzwiami|pod (moim |naszym )?(oknem|domem|mieszkaniem)|pod (moim|naszym) blokiem"
    r"|pod (moimi |naszymi )?oknami|za drzwiami|na (klatce|korytarzu|schodach|(moim |naszym )?balkonie"
    r"|(moim |naszym )?podwórku|posesji)|w (moim |naszym )?(domu|mieszkaniu|ogrodzie|ogródku|kuchni"
    r"|sypialni|pokoju|korytarzu)|w środku|do środka|spod (domu|drzwi|okna))"
)
_NEAR = (
    rf"({_AT_HOME}|pod (szkołą|pracą|sklepem)|przed (moim |naszym )?(domem|drzwiami|szkołą|sklepem"
    r"|klatką|wejściem|pracą)|przed (moim|naszym) blokiem|obok|na zewnątrz|na dole|u (mnie|nas))"
)
_WHO = (
    r"(on|ona|oni|ktoś|obcy|obca|obcy facet|facet|typ|gość|banda|grupa|tłum|gang|sąsiad"
    r"|mężczyzna|chłopaki|ludzie|napastnik\w*|pijany|pijani|znowu|znów|wciąż|dalej|nadal)"
)
_NOT_HERE = (
    r"(?!\s+(jaki\w*|numer|formularz|ktoś|ktos|możliwo\w*|opcj\w*|link|informacj\w*|po polsku|od\b|now[iyae]"
    r"|legaln\w*|nielegaln\w*|zameldowan\w*|na stałe|w odwiedzinach|na wakacjach|w gości\w*|mile))"
)
# Home again, safe: "syn jest już w domu", "teraz jest w domu".
_SAFE_HOME = r"(już|teraz|wreszcie|bezpiecznie|szczęśliwie) (\w+ )?(jest|są) (\w+ )?w (domu|mieszkaniu)|(jest|są) (już|bezpieczn\w*) w (domu|mieszkaniu)|w domu (jest |są )?bezpieczn\w*|szpital\w*"
_START = r"(^|[,.!;:]\s*|\bi\s|\ba\s|\bale\s)"  # the start of a clause
_PLEA_END = r"(?=\s*$|\s*[,.!;:]|\s+(szybko|teraz|natychmiast|pilnie|proszę|błagam|ratunku|pomocy|help|on|ona|oni|ktoś|ludzie|sos)\b)"
_FORM = r"formularz\w*|zgłos\w*|zgłosz\w*|wypełni\w*|napisa\w*|stron\w*|aplikacj\w*|technicz\w*|\bz tym\b|przeprowadz\w*"
_URGENT = r"(szybko|natychmiast|pilnie|teraz|na już)"
_CALLED = r"(policj[aęi]|karetk[aęi]|pogotowie|radiowóz|patrol|999|112|straż( pożarną| pożarna)?|strażaków)"
_SUMMONED = r"(policję|karetkę|pogotowie|radiowóz|patrol|straż( pożarną)?|strażaków|pomoc)"
# A whole message of these, at least one of them strong: "pilne!!", "proszę szybko, to pilne".
# (Bare English "help" is English's rule; "/help" is a command.)
_STRONG = r"((to )?(jest )?pilne|nagły wypadek|niebezpieczeństwo|zagrożenie życia|sos|ratunku+|pomocy+|na pomoc)"
_FILL = r"(to|proszę|szybko|błagam|ludzie|teraz|natychmiast|już|help|o boże|boże|alarm)"

DANGER_PATTERNS = [_d(p) for p in (
    # --- A plea: "ratunku", "pomocy!", "pomóżcie", "na pomoc", "help", "SOS", "to pilne";
    # not "szukam pomocy prawnej", "pomóżcie mi wypełnić formularz", "jedyny ratunek to...".
    rf"\bratunku+\b|\bratuj(cie|ta)?\b|\bna ratunek\b|{_START}ratunek{_PLEA_END}",
    guarded(rf"{_START}(ludzie |help |ratunku |alarm,? |pilne,? |wzywam |błagam |proszę )?pomocy+{_PLEA_END}", _FORM),
    guarded(rf"{_START}(błagam |proszę |ludzie )?(pomóżcie|pomóż)( mi| nam)?( proszę| błagam)?{_PLEA_END}", _FORM),
    rf"{_START}(na pomoc|sos)\b{_PLEA_END}|\bhelp( me)?\W+(teraz|pomocy|szybko|ratunku|proszę|błagam|natychmiast)\b",
    rf"^[^\w/]*({_FILL}\W+)*{_STRONG}(\W+({_FILL}|{_STRONG}))*[\s!.]*$",
    r"^\W*(szybko\W+)+szybko[\s!.]*$|^\W*(proszę|błagam) szybko[\s!.]*$",
    guarded(r"\bnagły wypadek\b|\bzagrożenie życia\b|\b(życie|życiu) (jest )?(zagrożone|w niebezpieczeństwie)|boję się o (moje |swoje |nasze )?życie", (_WHY, _ASK)),
    guarded(rf"\bniech ktoś (mi |nam )?(pomoże|przyjdzie|przyjedzie|ratuje){_PLEA_END}", _WHY),
    guarded(rf"\bpotrzebuj(ę|emy) (natychmiast |pilnie |szybko )?pomocy\W+{_URGENT}\b|\bpomoc(y)? (potrzebna )?(natychmiast|pilnie)\b", _WHY),
    # --- The police or an ambulance, as an order: "wezwijcie policję", "dzwońcie 999",
    # "przyślijcie radiowóz", "karetka szybko"; not "czy mam dzwonić na 999", "nie dzwońcie".
    guarded(rf"(?<!nie )\b(zadzwoń|zadzwońcie|dzwoń|dzwońcie)( mi| nam| tu| szybko| natychmiast| proszę| pilnie)* (na |po |do )?{_CALLED}\b", (_WHY, _HABIT)),
    guarded(rf"(?<!nie )\b(wezwij|wezwijcie|przyślij|przyślijcie|wyślij|wyślijcie|ściągnijcie|sprowadźcie|dajcie|wzywam)( mi| nam| tu| tutaj| szybko| natychmiast| proszę| pilnie)* {_SUMMONED}(?! (znać|info\w*|wiedzieć|zgłoszeni\w*))\b", (_WHY, _HABIT)),
    r"\b(call|get) (the )?(police|999|ambulance|cops)\b.{0,15}\b(teraz|szybko|natychmiast|pilnie|oni|on|proszę)\b",
    guarded(rf"\b{_URGENT}\W+(przyślijcie|wyślijcie|przyślij|wyślij) kogoś\b|\b(przyślijcie|wyślijcie|przyślij|wyślij) kogoś\W+{_URGENT}\b", _WHY),
    rf"\b{_CALLED}( i {_CALLED})?[\s,!.]*{_URGENT}(?=[\s!.,]*$|\s*[,.!;:])|\b{_URGENT}[\s,!.]*(proszę )?{_CALLED}(?=[\s!.,]*$|\s*[,.!;:]|\s+(on|ona|oni|ktoś|atakuj\w*|biją)\b)",
    r"^\W*(karetk[aęi]|pogotowie|straż pożarna|straż|policja i karetka|karetka i policja)( proszę| szybko| natychmiast| pilnie| błagam)*[\s!.]*$",
    guarded(r"\bpotrzebn[aey] (jest |są )?(karetka|pogotowie|straż)\b|\bpotrzebn[aey] (jest )?policja(?=[\s!.]*$|\s*[,.!;:]|\s+(pod|przy|przed|na|do|natychmiast|szybko|pilnie)\b)|\bpotrzebuj(ę|e|emy) (natychmiast |pilnie |szybko )?(karetki|pogotowia|straży)\b|\bpotrzebuj(ę|emy) (natychmiast |pilnie )?policji (teraz|szybko|natychmiast|pilnie)", (_WHY, _HABIT, _ASK)),
    guarded(rf"\bprzyjedźcie\b.{{0,40}}\b{_URGENT}\b|\b{_URGENT}\W+przyjedźcie\b|(^|[,.!;:]\s*)przyjedźcie[\s!.]*$|\bprzyjeżdżajcie\b", _WHY),
    # --- Violence going on: "biją mnie", "on mnie kopie", "szarpią moją córkę", "gonią nas",
    # not "dzieci w szkole biją mojego syna bo..." (a setting, a reason, a habit: a report).
    guarded(rf"\b{_HIT} {_WHOM}\b|\b(mnie|nas|go|ją) (teraz |wciąż |dalej |znowu |znów )?{_HIT}\b|\bi (biją|kopią|kopie)(?=[\s!.]*$|\s*[,.!;:])", (_PAST, _HABIT, _WHY, _HIT_IDIOM)),
    guarded(r"\b(atakują|atakuje|napadają na|napada na|szturmują) (mój|nasz|moje|nasze|moją|naszą) (dom|mieszkanie|sklep|auto|samochód|restauracj\w*|meczet|kościół)", (_PAST, _HABIT, _WHY)),
    guarded(r"\b(wyrywają|wyrywa|zrywają|zrywa|ściągają|ściąga) (mi|nam|jej|mu) (torebk\w*|torb\w*|telefon|chust\w*|hidżab\w*|czapk\w*|łańcusz\w*|kolczyk\w*|ubrani\w*|kurtk\w*|plecak\w*|portfel|dziecko)\b|\b(otoczyli|okrążyli|osaczyli|otaczają|okrążają) (mnie|nas)\b|\b(mnie|nas) (otoczyli|okrążyli|osaczyli)\b", (_PAST, _HABIT, _WHY)),
    guarded(r"\b(zaczęli|zaczął|zaczęła|zaczynają|zaczyna)( mnie| nas| go| ją)? (bić|kopać|dusić|szarpać|dźgać|okładać)\b", (_PAST, _HABIT, _WHY)),
    guarded(rf"\b(jestem|jesteśmy|jest|są) (bit[ayi]?|bici|atakowan\w+|gonion\w+|duszon\w+|kopan\w+|szarpan\w+|śledzon\w+)\b.{{0,30}}\b{_NOW}|\b{_NOW}\b.{{0,30}}\b(jestem|jesteśmy|jest|są) (bit[ayi]?|bici|atakowan\w+|gonion\w+|duszon\w+|kopan\w+|szarpan\w+)\b", (_PAST, _HABIT, _WHY)),
    guarded(rf"\b{_NOW}\b(\s+\S+){{0,4}}?\s+{_ABUSE}\b|\b{_ABUSE}\b(\s+\S+){{0,3}}?\s+{_NOW}\b", (_PAST, _HABIT, _NOISE, _NOT_PEOPLE)),
    guarded(rf"\b(wciąż|dalej|nadal|nie przestają|nie przestaje)( mnie| nas| go| ją| tu)? {_HIT}\b|\bnie przestają (walić|bić|kopać|dobijać|strzelać|szarpać|rzucać|łomotać)\b|\b(łomot|walenie|dobijanie|kopanie)( \w+){{0,3}} nie (przestaje|ustaje)\b", (_PAST, _HABIT, _WHY, _HIT_IDIOM)),
    # --- Weapons now: "ma nóż", "mają kije i łomy", "facet z nożem na klatce", "wymachuje
    # siekierą", "celuje we mnie", "strzelają"; not "miał nóż", "groził mi nożem".
    guarded(rf"(?<!nie )\b(ma|mają|trzyma|trzymają)( w ręku| w ręce| w rękach| przy sobie)?( \w+)? {_ARMS}\b", (_PAST, _HABIT)),
    guarded(rf"\b(ktoś|facet|typ|gość|mężczyzna|chłopak|chłopaki|banda|grupa|ludzie|obcy|koleś|pijany|pijani|gang|sąsiad|on|oni|ona)( \w+)? z {_WITH_ARMS}\b"
            rf"|\b(biją się|bije się|biją|goni|gonią|biegnie|biegną|idzie|idą|stoi|stoją|są|jest|czeka|czekają|krąży|krążą|czai się|czają się|dobija się|dobijają się|wali|walą|wraca|wracają|wrócą|przyjdą|wejdą|wchodzi|wchodzą)( \w+){{0,3}} z {_WITH_ARMS}\b", (_PAST, _HABIT, r"zaatakowa\w*|napadł\w*|napadli|przyszedł|przyszli|groził\w*|uderzy\w*|pobi\w*|zrani\w*|był\w*")),
    guarded(rf"\b(wymachuje|wymachują|macha|machają|grozi|grożą|celuje|celują|mierzy|mierzą)( mi| nam| do \w+| w \w+)? {_WITH_ARMS}\b|\b(celuje|celują|mierzy|mierzą) (we mnie|w nas|do mnie|do nas|w niego|w nią)\b", (_PAST, _HABIT)),
    guarded(rf"\bwyciągn(ął|ęła|ęli)( \w+)? {_ARMS}\b", (_PAST, _HABIT)),
    guarded(r"\bstrzały\b|\bstrzelanin\w*|\bstrzelają\b|\bstrzela\b", (_PAST, _HABIT, r"petard\w*|fajerwerk\w*|korki|gol\w*|bramk\w*|foch\w*|zdjęci\w*|fotk\w*")),
    # --- Someone at my door, in my home, here: "są pod drzwiami", "on jest w środku", "już tu
    # są", "ktoś jest w ogrodzie", "stoją pod oknem z kijami", "tłum pod moim domem".
    guarded(rf"({_START}|\b{_WHO}\s)(znowu |znów |teraz |wciąż |dalej |nadal |cały czas )?(są|jest|stoją|stoi|czekają|czeka|siedzą|siedzi|kręcą się|kręci się|czają się|czai się|krążą|krąży|chowają się)( teraz| znowu| na mnie| na nas| na moje dziecko| na \w+)? {_NEAR}{_NOT_HERE}\b", (_PAST, _HABIT, _REPORT, _LOUD, _SAFE_HOME, r"dzwo\w*|kontakt\w*|telefon\w*|mail\w*|list\w*|\bczy\b")),
    guarded(rf"({_START}|\b{_WHO}\s)(już |znowu |znów |teraz |wciąż |dalej |nadal )?(tu|tutaj) (są|jest|stoją|stoi|czekają|czeka)\b{_NOT_HERE}"
            rf"|\b{_WHO} (już |znowu |znów |teraz |wciąż |dalej |nadal )?(są|jest|stoją|stoi|czekają|czeka) (tu|tutaj)\b{_NOT_HERE}"
            rf"|{_START}(już |znowu |znów |teraz |wciąż |dalej |nadal )?(są|jest|stoją|stoi|czekają|czeka) (tu|tutaj)(?=[\s!.]*$|\s*[,.!;:]|\s+(i|teraz|obok|z|pod|przed|na)\b)", (_PAST, _HABIT, _REPORT, r"\bczy\b")),
    guarded(rf"\b(krzyczy|krzyczą|wrzeszczą|wrzeszczy|walą|wali|dobijają się|dobija się|czają się|czai się|krążą|krąży|kręcą się|kręci się) {_AT_HOME}", (_PAST, _HABIT, _NOISE, _ASK)),
    guarded(rf"\b(obcy|obca|obcy \w+|obcych|tłum|banda|gang|intruz\w*|włamywacz\w*)( \w+)? {_AT_HOME}|{_AT_HOME} (jest|są|stoi|stoją|czeka|czekają) (grupa|banda|tłum|ktoś|jakiś|facet|mężczyzna|obcy|ludzie|kilku|paru|dwóch|trzech)\b|\bktoś (jest )?w (moim |naszym )?(domu|mieszkaniu|ogrodzie|kuchni|sypialni|środku)\b|\bsłyszę (kogoś|kroki|obcych|ludzi|głosy) (w|na|pod|za) ", (_PAST, _HABIT, _ASK)),
    guarded(r"(?<!ból )(?<!strach )(?<!lęk )\bnie (odchodzą|odchodzi)\b(?=\s+(spod|sprzed|od|z)\b|[\s!.]*$|\s*[,.!;:]|\s+i\b)", (_PAST, _HABIT, _WHY)),
    guarded(r"^\W*(oni |on )?(już |znowu |znów )?(wrócili|wrócił|wracają)[\s!.]*$|\b(on|ona|oni) (tu |tutaj |znowu |znów |już )?(wraca|wracają|wrócił|wrócili)(?=[\s!.]*$|\s*[,.!;:])|\b(on|ona|oni) (tu |tutaj |znowu |znów |już )?(wraca|wracają)(?=\s+(z kolegami|z kumplami|z bratem|z nożem|z \w+ami|tu|tutaj)\b)|(^|[,.!;:]\s*)wracają\W+widzę", (_PAST, _HABIT, _WHY)),
    guarded(r"\b(idą|idzie|biegną|biegnie|jadą|jedzie|pędzą) za (mną|nami)\b|\bidą (w (moją|naszą) stronę|tu|tutaj|do (mojego|naszego) (domu|mieszkania)|do nas|na nas|po mnie|po nas)\b|\bidzie (w (moją|naszą) stronę|po mnie|na mnie)\b", (_PAST, _HABIT, _WHY)),
    guarded(r"\b(wchodzą|wchodzi|włażą|wdzierają się|wdziera się) (do (domu|mieszkania|środka|ogrodu|sklepu|pokoju)|przez (okno|balkon|drzwi|płot|ogród)|po schodach|na (klatkę|balkon|górę))|(^|[,.!;:]\s*|\boni )wchodzą[\s!.]*$", (_PAST, _HABIT, _WHY)),
    guarded(r"\b(wszedł|weszli|wtargnął|wtargnęli|wpadł|wpadli|wdarł się|wdarli się|wyważył|wyważyli|wybił|wybili)\b.{0,40}\bi (jest|są|grozi|grożą|krzyczy|krzyczą|bije|biją|wali|walą|stoi|stoją|czeka|czekają|szuka|szukają|niszczy|niszczą|wchodzą|wchodzi)\b", (_PAST, _HABIT, _WHY)),
    # --- Breaking in, doors and windows: "włamują się", "wyważają drzwi", "walą w drzwi",
    # "łomot do drzwi", "wybijają okna", "rzucają kamieniami"; not "zamek wyłamany" (damage).
    guarded(r"\bwłamuj(e|ą) się\b|\bsię włamuj(e|ą)\b|\bpróbuj(e|ą) (się )?(włamać|wejść|wtargnąć|wyważyć|wyłamać|mnie zabić|nas zabić|mnie dźgnąć|otworzyć drzwi|dostać się|podpalić|mnie porwać|nas pobić|mnie pobić)\b", (_PAST, _HABIT)),
    guarded(r"\b(wyważają|wyważa|wyłamują|wyłamuje|kopią|kopie|walą|wali|dobijają się|dobija się|łomoczą|łomocze|tłuką|tłucze|wybijają|wybija|rozbijają|rozbija|rozwalają|rozwala|demolują|demoluje)( mi| nam)?( (?!się\b)\w+)?( w| do| we| przez)?( moje| nasze| moją| naszą| mój| nasz)? (drzwi|okn\w*|szyb\w*|zamek|zamki|samochód|auto|sklep|mieszkani(e|a)|dom|domu|furtk\w*|bram\w*|witryn\w*)\b|\bszarpi(e|ą) (za )?klamk\w*|\b(dobijają się|dobija się) do (mnie|nas)\b|\b(łomot|walenie|dobijanie)( \w+)? (do|w) (drzwi|okn\w*)", (_PAST, _HABIT)),
    guarded(r"\b(rzucają|rzuca|ciskają|obrzucają|obrzuca)( \w+){0,2} (kamieni(ami|em)|cegł(ami|ą)|butelk(ami|ą)|kostk(ami|ą)|płyt(ami|ą)|petard(ami|ą)|koktajl(ami|em)|mołotow\w*|noż(ami|em)|szkłem|czymś płonącym|(kamienie|cegły|butelki|kamień|cegłę|butelkę) (w|we|przez|do) (nas|mnie|okn\w*|szyb\w*|dom|drzwi|dzieci|ludzi|auto|samochód))", (_PAST, _HABIT, _WHY)),
    # --- Fire: "pali się", "płonie", "pożar", "ogień", "dym w mieszkaniu", "czuję benzynę",
    # "leją benzynę pod drzwi", "podpalają"; not "sąsiad pali grilla", "pali się światło".
    guarded(r"\bpali się\b|\bsię pali\b|\bpłon(ie|ą|ąc\w*)\b|\bw płomieniach\b|\bstoi w ogniu\b", (_PAST, _HABIT, _FIRE_ORDINARY)),
    guarded(r"\bpożar\b|\bogień\b|\bpodpalają\b|\bpodpala\b", (_PAST, _HABIT, _FIRE_ORDINARY, _ASK, r"\bby(ł|ło|li)\b|po pożarze|ubezpiecz\w*|alarm\w* pożar\w*|sztuczn\w*")),
    guarded(r"^\W*dym[\s!.]*$|\bdym (jest |leci |wali |się )?(w (mieszkaniu|domu|bloku|pokoju|budynku|środku)|na (klatce|korytarzu|schodach)|wszędzie|spod|ze skrzynki|z (mieszkania|klatki|okna|drzwi|skrzynki|domu))|\b(czuj(ę|emy)|czuć) (dym|gaz|benzynę|spaleniznę|ogień)\b", (_PAST, _HABIT, _FIRE_ORDINARY)),
    guarded(r"\b(leją|leje|wylewają|polewają|oblewają|rozlewają|polali|polał|oblali|oblał|wylali|wylał|rozlali)( \w+){0,3} benzyn[ąęa]\b|\bbenzyn[ęą]( \w+){0,2} (pod|na|przez|do) (drzwi|okn\w*|skrzynk\w*|klatk\w*|mieszkani\w*)|\bbutelk\w* z benzyną\b|\bmołotow\w*", (_PAST, _HABIT)),
    guarded(r"\b(podpali\w*|wrzuci\w*)\b.{0,40}\b(teraz|w tej chwili|właśnie|przed chwilą)\b|\b(teraz|w tej chwili|właśnie|przed chwilą)\b.{0,40}\b(podpali\w*|wrzuci\w*)\b|\bpodpali\w*.{0,40}\b(się pali|pali się|dym)", _HABIT),
    r"^\W*straż pożarn\w*[\s!.]*$",
    # --- Hurt now: "krwawi", "krew leci", "jestem ranna", "nieprzytomny", "nie oddycha",
    # "leży na ziemi", "dźgnęli mojego brata"; not "rana na głowie, szyli w szpitalu".
    guarded(r"\bkrwawi(ę|ą|my)?\b|\bkrew (leci|się leje|leje się|cieknie|tryska|płynie|wszędzie)|\b(leci|leje się|cieknie|płynie|tryska) (mu |jej |mi )?krew\b|\b(dużo|tyle|mnóstwo|strasznie dużo) krwi\b|\b(we|w kałuży) krwi\b|\b(dusi|dławi|krztusi) się\b|\bsię (dusi|dławi|krztusi)\b", (_PAST, _HABIT, r"dziąs\w*|okres\w*|miesiączk\w*|hemoroid\w*|serc\w*")),
    guarded(r"\b(ciężko |poważnie |mocno )?rann(y|a|i)\b(?! (zmian\w*|autobus\w*|pociąg\w*|ptasz\w*|godzin\w*|por[ay]|kurs\w*))|\bnieprzytomn(y|a|i|e|ego|ej|ą)\b|\btraci przytomność|\b(straci(ł|ła|li) przytomność|zemdla(ł|ła)|zemdleli)\b", (_PAST, _HABIT, r"\bbył\w*|został\w*")),
    guarded(r"\bnie (może|mogę|możemy) (złapać )?oddychać\b|\bnie oddycha\b|\bnie rusza się\b|\bnie (mogę|może) (się ruszyć|wstać)\b|\bnie daje znaku życia\b|\bleż(y|ę)( \w+)? (na (ziemi|ziemię|chodniku|ulicy|podłodze|trawniku|schodach)|nieprzytomn\w*)", (_PAST, _HABIT, r"stres\w*|nerw\w*|panik\w*|astm\w*|depres\w*|łóżk\w*|alergi\w*|śmie\w*|szkł\w*|butel\w*|liśc\w*|rzecz\w*|strzykaw\w*|igł\w*")),
    guarded(r"\bdźgn\w*|\bdźgają\b|\bzadźga\w*|\bpchn(ął|ęła|ęli|ięt\w*)( \w+){0,2} nożem|\bran(ę|a|y)( \w+)? (od |po )?noż\w*|\bran(ę|a) (kłut\w*|cięt\w*)|\bpostrzel\w*|\bpostrzał\w*", (_PAST, _HABIT, _WHY, r"został\w*")),
    # --- Trapped or hiding: "chowam się", "zamknęłam się w sypialni", "nie mogę wyjść", "nie
    # mam gdzie uciec", "nie pozwalają mi odejść", "wepchnęli mnie do auta".
    guarded(r"\b(chowam|ukrywam|chowamy|ukrywamy|schowałe?m|schowałam|schowaliśmy|ukryłe?m|ukryłam|ukryliśmy) się\b|\bsię (chowam|ukrywam|chowamy|ukrywamy)\b|\b(zamknęłam|zamknąłem|zamknęliśmy|zamknęła|zamknął|zamknęli|zamknęły) się w (pokoju|sypialni|łazience|toalecie|kuchni|szafie|samochodzie|aucie|piwnicy|sklepie|domu|mieszkaniu|pubie|kabinie)\b|\bzamknię(ta|ty|te|ci) w (pokoju|sypialni|łazience|toalecie|kuchni|szafie|samochodzie|aucie|piwnicy|bagażniku)\b|\bzabarykadowa\w*|\buwięzi\w*", (_PAST, _HABIT, _REPORT, r"czuj\w* się|orientacj\w*|\bgej\w*|lesb\w*|\btrans\b|z tym|przed (ludźmi|światem|rodzin\w*)")),
    guarded(r"\bnie (mogę|możemy|może|da się) (stąd |z domu |z mieszkania |z auta |z samochodu )?(wyjść|uciec|się wydostać|wydostać się|wysiąść)\b|\bnie ma(m|my)? (gdzie|jak|dokąd) (uciec|się schować|wyjść)\b|\bnie (pozwalają|pozwala|dają|daje) (mi|nam) (wyjść|odejść|przejść|wysiąść|uciec|wyjechać)\b|\bnie (puszczają|puszcza) (mnie|nas) (z|do) (domu|auta|samochodu|pokoju|mieszkania)\b|\bnie (puszczają|puszcza) (mnie|nas)[\s!.]*$|\bzamknęli (mnie|nas)\b", (_PAST, _HABIT, _ASK, r"\bbo\b|boję|boje|strach\w*|szoku|podziwu|wprawy|dołka|długów|nałogu|przez|depres\w*|chor\w*|niepełnospr\w*|wózk\w*|kwarantann\w*|zdrow\w*|areszt\w*|więzien\w*|\bcel[iy]\b|spraw\w*|prac\w*|szef\w*|szkoł\w*")),
    guarded(r"\b(porywają|porywa|porwali|porwał|porwała)\b|\b(wepchnęli|wepchnął|wciągnęli|wciągnął|wciągają|wciąga|ciągną|ciągnie|wyciągnęli|wyciągnął)( mnie| nas| ją| go| \w+)? (do|z) (auta|samochodu|vana|busa|bagażnika)\b|\b(zabrali|zabierają) (mi|nam)( moje| nasze)? (dziecko|syna|córkę|dzieci)\b", (_PAST, _HABIT, r"opiek\w*|sąd\w*|social\w*|urząd\w*|urzęd\w*|służb\w*|policj\w*|\?")),
    # --- About to happen: "zaraz wejdą", "zaraz nas zabiją", "zaraz tu będą", "chcą mnie zabić",
    # "on mnie zabije"; not "groził że mnie zabije" (a threat of later harm: a report).
    guarded(rf"\bzaraz\b(?!\s+(po|potem|później)\b)(\s+\S+){{0,3}}?\s+(zabij\w*|pozabij\w*|wejd\w*|wejdzie|wpadn\w*|wtargn\w*|podpal\w*|spal[ią]\w*|strzel\w*|zastrzel\w*|skrzywdz\w*|krzywd\w*|dopadn\w*|pobij\w*|zaatakuj\w*|wyważ\w*|wyłami\w*|rozwal\w*|dźgn\w*|wysadz\w*|zgwałc\w*|(tu|tutaj) (będą|przyjdą|wrócą|wejdą)|(będą|przyjdą|wrócą|wejdą) (tu|tutaj)|wróc(i|ą) z (\w+ )?({_WITH_ARMS[1:-1]}|kolegami|kumplami|bandą|ekipą|resztą|innymi))", (_PAST, _HABIT, _ASK, r"w życie")),
    guarded(r"\bteraz (mnie |nas )?(zabij(e|ą)|pozabija(ją)?|zastrzel(i|ą)|podpal(i|ą)|dźgnie)\b|\b(mnie|nas) teraz (zabij(e|ą)|pozabija(ją)?|zastrzel(i|ą))\b", (_PAST, _HABIT, _ASK)),
    guarded(r"\b(mnie|nas|ją|go|moje dzieci) (zabij(e|ą)|pozabija(ją)?|zabija(ją)?)\b|\bzabij(e|ą) (mnie|nas)\b|\bchc(ą|e) (mnie |nas |ją |go )?(zabić|pozabijać|podpalić|spalić|zadźgać|zastrzelić)\b", (_PAST, _HABIT, _WHY, r"grozi\w*|groził\w*|groz\w*|powiedzia\w*|mówi\w*|pisze|piszą|pisał\w*|napisa\w*|krzycza\w*|obieca\w*|strasz\w*|prac[aąy]\b|nud\w*|śmiech\w*|wstyd\w*|ból\w*|stres\w*|\bto mnie\b|sytuacj\w*|\bjak (się|on|ona|oni|zobacz\w*|dowie\w*|usłysz\w*|przyjd\w*|wróc\w*|wyjd\w*|znajd\w*)\b")),
    guarded(r"\b(właśnie|przed chwilą|dopiero co|przed sekundą)\b.{0,30}\b(pobi\w*|bili|bił|zaatakowa\w*|napad\w*|dźgn\w*|zadźga\w*|pchn\w*|postrzeli\w*|zastrzeli\w*|podpali\w*|wrzuci\w*|wszedł|weszli|wtargn\w*|wbieg\w*|wyważy\w*|wybi\w*|uderzy\w*|skopa\w*|zrani\w*|porwa\w*|wyciągn\w*)|\b(pobi\w*|bili|bił|zaatakowa\w*|napad\w*|dźgn\w*|zadźga\w*|pchn\w*|postrzeli\w*|zastrzeli\w*|podpali\w*|wrzuci\w*|wszedł|weszli|uderzy\w*|skopa\w*|zrani\w*)\b.{0,30}\b(przed chwilą|dopiero co|przed sekundą)\b", (_PAST, _HABIT, _WHY)),
    guarded(r"\bnie (jestem|jesteśmy) (tu |tutaj |teraz )?bezpieczn(a|y|i|e)\b|\b(są|jest|jestem|jesteśmy) (teraz )?w niebezpieczeństwie\b", (_PAST, _HABIT, _ASK, r"czuj\w* się|dzielnic\w*|osiedl\w*|okolic\w*|w tym (mieszkaniu|kraju|mieście)|przeprowadz\w*|zamian\w*")),
)]

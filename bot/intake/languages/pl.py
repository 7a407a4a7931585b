"""Polish (pl) word lists and danger patterns for the intake parsers.

Phone keyboards often drop Polish diacritics ("prosze", "nie wiem", "zglosic"), so every
phrase is also listed without them (`_plain`): the same words, as people really type them.
"""
from bot.intake.normalise import without_latin_marks as _plain
from bot.intake.date_patterns import DOTTED_DATE, hour_after


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
    # An hour said with one of these is after noon ("o 10 wieczorem" is 22:00).
    "EVENING": _both(("wieczorem", "wieczór", "wieczor", "w nocy", "nocą", "po południu")),
    "FUTURE": _both(("jutro", "pojutrze", "następny", "następnym", "następnej", "przyszły", "przyszłym", "przyszłej", "za")),
    "AMBIGUOUS": _both(("luty", "maj", "nie", "sie", "pon", "wt", "śr", "czw", "pt", "sob", "nd", "niedz")),
}

_A, _E, _L, _O, _S, _Z, _ZI, _C, _N = "[ąa]", "[ęe]", "[łl]", "[óo]", "[śs]", "[żz]", "[źz]", "[ćc]", "[ńn]"
_NOW = rf"(teraz|w{_L}a{_S}nie teraz|w tej chwili)"

# Present tense only ("atakują", "ma nóż"): the past forms ("zaatakowali", "miał nóż") of a
# report about last week must not match.
DANGER_PATTERNS = [
    rf"\bratunku\b",
    rf"\b(pomocy|pom{_O}{_Z}cie( mi)?|pom{_O}{_Z} mi) (szybko|teraz|natychmiast)\b",
    rf"^\W*pomocy\W*$",
    rf"\bmaj?{_A}? (n{_O}{_Z}|bro{_N}|pistolet|maczet{_E}|siekier{_E}|kij bejsbolowy|kij baseballowy)\b",
    rf"\bw{_L}amuj(e|{_A}) si{_E}\b",
    rf"\bpr{_O}buj(e|{_A}) (si{_E} )?(w{_L}ama{_C}|wej{_S}{_C}|wtargn{_A}{_C}|mnie zabi{_C}|nas zabi{_C}|mnie d{_ZI}gn{_A}{_C})\b",
    rf"\b(wywa{_Z}aj{_A}|wywa{_Z}a|wy{_L}amuj{_A}|wy{_L}amuje|kopi{_A}|wal{_A}|dobijaj{_A} si{_E}) (w |do )?(moje |nasze )?drzwi\b",
    rf"\b(atakuj{_A}|atakuje|bij{_A}|bije|dusi|dusz{_A}|kopi{_A}) (mnie|nas|moj{_A}|mojego|moje)\b",
    rf"\b(jestem|jeste{_S}my) (atakowan[aey]|bit[ay]|bici) (teraz|w{_L}a{_S}nie)\b",
    rf"\b(s{_A}|jest|jestem|jeste{_S}my) w niebezpiecze{_N}stwie\b",
    rf"\bsi{_E} w{_L}amuj(e|{_A})\b",
    rf"\bmnie (bij{_A}|bije|dusi|atakuj{_A}|atakuje)\b",
    rf"\b(krwawi{_E}|krwawi)\b",
    rf"\b(chowam|ukrywam) si{_E} (w|pod|przed nimi)\b",
    rf"\b(kto{_S}) jest w (moim|naszym) (domu|mieszkaniu)\b",
    rf"\bwezwijcie (karetk{_E}|policj{_E}|pogotowie)\b",
    rf"\b(przy{_S}lijcie kogo{_S}|przyjed{_ZI}cie|potrzebuj{_E} policji) (teraz|szybko|natychmiast)\b|\bszybko przyjed{_ZI}cie\b",
    rf"\bnie (jestem|jeste{_S}my) bezpieczn(a|y|i) {_NOW}\b",
    rf"\b(jestem|jeste{_S}my) uwi{_E}zi(ony|ona|eni)\b",
    rf"\bpali si{_E}\b|\bpodpalaj{_A}\b|\bpodpala (dom|drzwi|mieszkanie)\b",
    rf"\b(s{_A}|jest|stoj{_A}|stoi) (pod (moimi |naszymi )?(drzwiami|domem|oknem|oknami)|(tu|tutaj)) {_NOW}\b",
    rf"\b(tu|tutaj) (s{_A}|jest) teraz\b",
    rf"\b{_NOW} (s{_A}|jest|stoj{_A}|stoi)? ?(pod (moimi |naszymi )?(drzwiami|domem|oknem|oknami)|(tu|tutaj))\b",
    rf"\b(zadzwo{_N}cie|zadzwo{_N}|wezwijcie|wezwij|dzwo{_N}cie) (szybko |natychmiast )?(po |na )?(policj{_E}|pogotowie|karetk{_E}|999|112) ?(szybko|natychmiast|teraz)\b",
]

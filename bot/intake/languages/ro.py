"""Romanian (ro) word lists and danger patterns for the intake parsers.

Romanian is typed three ways: with comma-below letters (ș ț), with the older cedilla
letters (ş ţ) that many phones still produce, and without diacritics at all ("nu stiu",
"vreau sa raportez"). `_forms` lists every phrase in all three.
"""
from bot.intake.normalise import without_latin_marks as _plain
from bot.intake.date_patterns import DOTTED_DATE, hour_after

_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ"})


def _forms(phrases):
    """Each phrase as written, with cedilla letters, and without diacritics."""
    return tuple(dict.fromkeys(
        form for phrase in phrases for form in (phrase, phrase.translate(_CEDILLA), _plain(phrase))
    ))


def _form_keys(table):
    return {form: value for key, value in table.items() for form in _forms((key,))}


_SKIP = (
    "nu știu", "nu stiu", "nu știu sigur", "habar nu am", "habar n am", "nu am idee",
    "n am idee", "nicio idee", "sari", "sari peste", "treci peste", "următoarea",
    "următoarea întrebare", "mai departe", "nu sunt sigur", "nu sunt sigură", "nu-mi amintesc",
    "nu îmi amintesc", "nu mai știu", "nu mai țin minte", "am uitat", "prefer să nu spun",
    "aș prefera să nu spun", "nu vreau să spun", "nu vreau să răspund", "fără comentarii",
    "greu de spus", "nu se știe", "necunoscut", "nuștiu", "nu stiu sincer", "pas",
)
_SKIP_FILLER = (
    "eu", "chiar", "sincer", "scuze", "îmi pare rău", "pare", "rău", "îmi", "păi", "pai",
    "ăă", "eee", "hmm", "asta", "aceasta", "întrebarea", "întrebare", "răspuns", "când",
    "unde", "cine", "ce", "cum", "exact", "vă rog", "va rog", "te rog", "pls", "deja", "ok",
    "bine", "doamnă", "domnule", "la", "a", "fost", "este", "e", "data", "ora", "ziua", "de",
    "despre", "din", "păcate", "din păcate",
)
_YES = (
    "da", "daa", "daaa", "da da", "da vă rog", "da te rog", "sigur", "desigur", "bineînțeles",
    "binențeles", "normal", "ok", "okay", "bine", "e bine", "în regulă", "de acord",
    "sunt de acord", "corect", "exact", "așa e", "așa este", "adevărat", "chiar așa",
    "evident", "categoric", "fără problemă", "nicio problemă", "nu am nimic împotrivă",
    "nu mă deranjează", "poți", "puteți", "confirm", "da confirm", "mhm", "aha", "dap", "da sigur",
)
_NO = (
    "nu", "nuu", "nu mersi", "nu mulțumesc", "nu acum", "încă nu", "nu chiar", "deloc",
    "nicidecum", "în niciun caz", "sigur nu", "categoric nu", "niciodată", "nu vreau",
    "nu sunt de acord", "greșit", "incorect", "nu e corect", "nu e adevărat", "fals",
    "nu e așa", "nu este", "nu am", "nu sunt", "vă rog nu", "te rog nu", "mai bine nu",
    "prefer să nu", "nu trebuie", "nup", "nu vă rog",
)
_NEUTRAL = (
    "nu știu", "nimeni", "nimic", "nu sunt sigur", "nu sunt sigură", "nu am idee",
    "nu am nimic împotrivă", "nu mă deranjează", "nimeni nu", "nimic nu", "habar nu am",
)
_NUMBER_WORDS = {
    "unu": 1, "una": 1, "unul": 1, "doi": 2, "două": 2, "trei": 3, "patru": 4, "cinci": 5,
    "șase": 6, "șapte": 7, "opt": 8, "nouă": 9, "zece": 10, "primul": 1, "prima": 1,
    "al doilea": 2, "a doua": 2, "doilea": 2, "doua": 2, "treilea": 3, "treia": 3,
    "patrulea": 4, "patra": 4, "cincilea": 5, "cincea": 5,
}

WORDS = {
    "SKIP": _forms(_SKIP),
    "SKIP_FILLER": _forms(_SKIP_FILLER),
    "YES": _forms(_YES),
    "NO": _forms(_NO),
    "WEAK_YES": _forms(("vă rog", "te rog", "mulțumesc", "mersi", "mulțam")),
    "NEUTRAL": _forms(_NEUTRAL),
    "NONE": _forms((
        "nu", "niciunul", "niciuna", "nimic", "niciunul dintre ele", "nici unul", "nici una",
        "nimic din astea", "niciuna din ele", "nu mersi", "nimic altceva", "niciuna dintre ele",
    )),
    "ALL": _forms(("toate", "tot", "toți", "toate astea", "toate de mai sus", "pe toate", "toate variantele")),
    "CHOICE_FILLER": _forms((
        "opțiunea", "optiunea", "varianta", "numărul", "nr", "e", "este", "vă rog", "te rog", "și",
        "sau", "de", "asemenea", "cred", "aleg", "răspuns", "ambele", "mersi", "ok", "punctul",
        "cu", "la",
    )),
    "NUMBER_WORDS": _form_keys(_NUMBER_WORDS),
    "OPENER": _forms((
        "eu", "vreau", "aș", "vrea", "doresc", "să", "raportez", "raporta", "raportare", "semnalez",
        "sesizare", "reclam", "o", "un", "ceva", "incident", "incidentul", "infracțiune",
        "ură", "din", "de", "motive", "rasiale", "am", "nevoie", "ajutor", "ajutați", "mă",
        "puteți", "poți", "cum", "pot", "bună", "buna", "ziua", "seara", "salut", "alo", "hei",
        "meu", "mea", "mei", "este", "e", "asta", "acesta", "ce", "s", "a", "întâmplat", "la",
        "cu", "pe", "și", "în", "numele", "plângere", "spun", "vorbesc", "cineva", "contact",
        "problemă", "legat", "privind", "referitor", "stimate", "stimată", "doamnă", "domnule",
        "primăria", "consiliu", "consiliul", "locuință", "report", "hate", "crime", "council",
        "da", "ok", "nou", "nouă", "încep", "aici", "rog", "vă", "te", "că", "care", "sunt",
        "hărțuire", "rasism",
    )),
}

_MONTHS = (
    "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
    "septembrie", "octombrie", "noiembrie", "decembrie",
)
# "din" and "de" mean both "since/for" and "from/of" ("din bloc": from the block), so only
# "din" + a month and "de" + a period are rewritten into starters that SINCE / FOR know.
_NUMBERS = {
    "doi": "2", "două": "2", "trei": "3", "patru": "4", "cinci": "5", "șase": "6",
    "câteva": "3", "câțiva": "3", "vreo două": "2", "vreo trei": "3",
}
_UNITS = ("zile", "săptămâni", "luni", "ani", "ore")


def _rewrites():
    table = {f"din {m}": f"începând cu {m}" for m in _MONTHS}
    table.update({f"de la începutul lui {m}": f"începând cu {m}" for m in _MONTHS})
    table.update({
        "din anul trecut": "începând cu acum 1 an", "de anul trecut": "începând cu acum 1 an",
        "din luna trecută": "începând cu acum 1 lună", "de o săptămână": "timp de acum 1 săptămână",
        "de o lună": "timp de acum 1 lună", "de un an": "timp de acum 1 an",
        "acum o săptămână": "acum 1 săptămână", "acum o lună": "acum 1 lună", "acum un an": "acum 1 an",
        "acum o zi": "ieri", "astăzi": "azi", "weekend": "sâmbătă", "weekendul": "sâmbătă",
        "weekendul trecut": "sâmbătă", "în weekend": "sâmbătă", "vinerea trecută": "vineri",
        "vinerea": "vineri", "sâmbăta trecută": "sâmbătă", "sâmbăta": "sâmbătă",
        "duminica trecută": "duminică", "marțea trecută": "marți", "marțea": "marți",
        "miercurea trecută": "miercuri", "joia trecută": "joi", "joia": "joi",
    })
    for number, digit in {**_NUMBERS, **{str(n): str(n) for n in range(1, 13)}}.items():
        table[f"acum {number}"] = f"acum {digit}"
        for unit in _UNITS:
            table[f"de {number} {unit}"] = f"timp de acum {digit} {unit}"
    return _form_keys(table)


DATE_WORDS = {
    "DAY_PHRASES": _form_keys({
        "aseară": 1, "azi noapte": 1, "azi-noapte": 1, "azinoapte": 1, "astă noapte": 1,
        "astă-noapte": 1, "noaptea trecută": 1, "ieri seară": 1, "ieri noapte": 1, "ieri": 1,
        "azi": 0, "astăzi": 0, "azi dimineață": 0, "în dimineața asta": 0, "diseară": 0,
        "adineauri": 0, "chiar acum": 0, "acum câteva minute": 0, "acum o oră": 0,
        "alaltăieri": 2, "alaltăseară": 2, "alaltăieri seară": 2,
    }),
    "PATTERN_REWRITES": (
        DOTTED_DATE, hour_after("la ora", "ora"),
        # "la" is "at" before an hour and "on" before a date: an hour only at the end or before
        # a time of day ("12 noiembrie la 20" was 12 November 2020)
        (r"\bla\s+(\d{1,2})(?=\s*(?:$|[,.;!?]|seara|dimineata|dimineața|noaptea))",
         r"la \1:00"),
        # "mai" is May only beside a day or a year, or after "in"/"luna"/"din"; otherwise it is
        # "more" ("mai demult", long ago, was 1 May)
        (r"(?<!\d\s*)(?<!\b(?:in|în|luna|din|pana in|până în|de la)\s+)\bmai\b(?!\s*\d)", ""),
        # "acum vreo 3 zile" (about 3 days ago) was today: "acum" alone is "now"
        (r"\bacum\s+(?:vreo|cam|aproape|aproximativ|circa)\s+", "acum "),
    ),
    "REWRITES": _rewrites(),
    "REPEATED": _forms((
        "în fiecare seară", "în fiecare zi", "în fiecare noapte", "fiecare", "zilnic", "mereu",
        "tot timpul", "întruna", "încontinuu", "iar", "iarăși", "din nou", "regulat", "des",
        "adesea", "de multe ori", "multe ori", "de mai multe ori", "de câteva ori", "ori",
        "de luni de zile", "de săptămâni", "de ani de zile", "de ani", "continuă", "continuu",
        "non stop", "nonstop", "tot", "mereu și mereu", "săptămână de săptămână", "de fiecare dată",
        "începând cu", "de când", "se repetă", "nu se oprește", "noapte de noapte", "zi de zi",
    )),
    "SINCE": _forms(("începând cu", "începând din", "încă din", "de când", "de la începutul")),
    "FOR": _forms(("timp de", "în ultimele", "în ultima", "în ultimul", "de peste")),
    "CLAUSE_END": _forms(("și", "dar", "apoi", "când", "la", "în", "pe", "iar", "fiecare", "zilnic", "mereu")),
    # An hour said with one of these is after noon ("la ora 10 seara" is 22:00).
    "EVENING": _forms(("seara", "seară", "noaptea", "după-amiaza", "după amiaza", "pm")),
    "FUTURE": _forms(("mâine", "poimâine", "viitor", "viitoare", "următoare", "următorul", "peste")),
    "AMBIGUOUS": _forms(("mai", "luni", "marți", "joi", "mar", "ian", "iun", "sept", "noi", "dec")),
}

_A, _AI, _I, _S, _T = "[ăa]", "[âa]", "[îi]", "[șşs]", "[țţt]"
# "acum" is "now", but "acum 3 zile" is "3 days ago": a "now" never followed by a period.
_NOW = (
    r"acum\b(?!\s+\d)(?!(?:\s+\S+){1,2}\s+(?:zi|zile|s[ăa]pt[ăa]m[âa]n[ăa]|s[ăa]pt[ăa]m[âa]ni"
    r"|lun[ăa]|luni|an|ani|or[ăa]|ore|minut|minute|timp|vreme)\b)"
)

# Present tense only ("are un cuțit", "mă bate"): the past forms ("avea un cuțit",
# "m-a bătut") of a report about last week must not match.
DANGER_PATTERNS = [
    rf"^\W*(ajutor|s{_A}lva{_T}i-m{_A})\W*$",
    rf"\b(ajutor|ajuta{_T}i-m{_A}|ajut{_A}-m{_A}|veni{_T}i) (repede|urgent|{_NOW})",
    rf"\bchiar {_NOW}",
    rf"\b(are|au|{_T}ine|{_T}in) (un |o )?(cu{_T}it|cu{_T}ite|arm{_A}|arme|pistol|topor|macet{_A}|b{_AI}t{_A}|bat de baseball)\b",
    rf"\b{_I}ncearc{_A} s{_A} (intre|sparg{_A}|m{_A} omoare|ne omoare|m{_A} loveasc{_A}|m{_A} {_I}njunghie)\b",
    rf"\b(sparg|lovesc {_I}n|bat {_I}n|dau cu picioarele {_I}n|dau cu piciorul {_I}n|for{_T}eaz{_A}) (u{_S}a|u{_S}{_A}|geamul|geamurile|fereastra|ferestrele)\b",
    rf"\b(m{_A}|ne) (atac{_A}|bat|bate|love{_S}te|lovesc|sugrum{_A}|{_S}trang de g{_AI}t|{_I}njunghie)\b(?! (verbal|online|pe (net|internet|facebook)))",
    rf"\b(sunt|suntem) (atacat|atacat{_A}|ataca{_T}i|b{_A}tut|b{_A}tut{_A}) {_NOW}",
    rf"\b(sunt|suntem|e|este|sunt) {_I}n pericol\b",
    rf"\b([îi]l|o) (bat|bate|lovesc|love{_S}te|{_S}trang de g{_AI}t|{_S}trange de g{_AI}t)\b(?! (verbal|online))",
    rf"\bs{_AI}nger(ez|eaz{_A})\b",
    rf"\bm{_A} ascund\b",
    rf"\bm{_A} (urm{_A}re{_S}te|urm{_A}resc|fug{_A}resc|fug{_A}re{_S}te)\b(?! pe (facebook|net|internet|instagram|tiktok))",
    rf"\bchema{_T}i (poli{_T}ia|salvarea|ambulan{_T}a)\b",
    rf"\bcineva (e|este) {_I}n (casa|apartamentul) (mea|meu|noastr{_A}|nostru)\b",
    rf"\burgent ajutor\b",
    rf"\bnu (sunt|suntem) {_I}n siguran{_T}{_A} {_NOW}",
    rf"\b(sunt|suntem) (bloca{_T}i|blocat|blocat{_A}|prin{_S}i|prins|prins{_A}) {_I}n (cas{_A}|apartament|baie)\b",
    # "a amenințat că ne dă foc" is a past threat in reported speech, not a fire now.
    rf"(?<!c{_A} )(?<!s{_A} )(?<!ne )(?<!mi )\b(ne |[îi]mi |mi )?(dau|d{_A}) foc\b|\b(arde|ard) (casa|u{_S}a|apartamentul|blocul|ma{_S}ina)\b|\b(casa|u{_S}a|apartamentul) (mea |meu |noastr{_A} )?arde\b|^\W*foc\W*$",
    rf"\b(sunt|e|este|st{_A}|stau) (afar{_A} |aici |la u{_S}{_A} (mea |noastr{_A} )?)+{_NOW}",
    rf"\b(suna{_T}i|chema{_T}i|trimite{_T}i|sun{_A}|cheam{_A}) (la )?(poli{_T}ia|poli{_T}ie|police|salvarea|ambulan{_T}a|999|112) (acum\b|repede|urgent)",
]

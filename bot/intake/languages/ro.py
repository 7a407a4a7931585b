"""Romanian (ro) word lists and danger patterns for the intake parsers.

Romanian is typed three ways: with comma-below letters (ș ț), with the older cedilla
letters (ş ţ) that many phones still produce, and without diacritics at all ("nu stiu",
"vreau sa raportez"). `_forms` lists every phrase in all three.
"""
from bot.intake.normalise import without_latin_marks as _plain
from bot.intake.date_patterns import DOTTED_DATE, hour_after
from bot.danger_guard import guarded

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

# A language's own words for options (bot/intake/words.py OPTION_WORDS): the short answers
# people text that the option titles do not hold, or hold in another form ("vecinii" for
# "Un vecin", "eu" for "Mi s-a întâmplat mie"). Each names one option of its question only.
# Many title words are listed too: an answer these words read is not read against the titles,
# so "poze și martori" keeps both options.
_OPTION_WORDS = {
    "reporter_role": {
        "victim": (
            "eu", "mie", "pe mine", "mine", "eu sunt victima", "victima", "victimă", "eu însumi",
            "eu însămi",
        ),
        "witness": (
            "văzut", "am văzut", "am văzut tot", "martor", "martoră", "martorul", "am fost martor",
            "am fost martoră", "am observat", "observat", "am asistat", "am fost de față",
        ),
        "on_behalf": (
            "altcineva", "pentru altcineva", "în numele", "fiul", "fiului", "fiu", "fiica",
            "fiicei", "fiică", "copilul", "copilului", "copiii", "copiilor", "mama", "mamei",
            "mamă", "tata", "tatăl", "tatălui", "soțul", "soțului", "soția", "soției", "fratele",
            "fratelui", "frate", "sora", "sorei", "soră", "surorii", "prietenul", "prietenului",
            "prietena", "prietenei", "prieten", "prietenă", "vecinul", "vecinului", "vecina",
            "vecinei", "vecin", "vecină", "vecinii", "familia", "familie", "părinții",
            "părinților", "bunica", "bunicii", "bunicul", "bunicului", "nepotul", "nepoata",
        ),
    },
    "location_type": {
        "council_home": (
            "acasă", "casa", "casă", "în casă", "casa mea", "la mine acasă", "apartament",
            "apartamentul", "în apartament", "apartamentul meu", "locuință", "locuința",
            "locuința mea", "locuință socială", "consiliului",
        ),
        "communal_area": (
            "comun", "comună", "comune", "spațiu comun", "spațiul comun", "spații comune",
            "spațiu", "spațiul", "scară", "scara", "scări", "pe scări", "scările", "scara blocului",
            "hol", "holul", "pe hol", "coridor", "coridorul", "pe coridor",
            "liftul", "în lift", "parcare", "parcarea", "în parcare", "curte", "curtea",
            "în curte", "grădina", "în grădină", "intrare", "intrarea", "la intrare", "subsol",
            "subsolul", "palier", "palierul", "ghena", "la ghenă", "spălătorie",
        ),
        "other": (
            "alt loc", "în alt loc", "altundeva", "în altă parte", "stradă", "strada", "pe stradă",
            "magazin", "magazinul", "în magazin", "autobuz", "autobuzul", "în autobuz", "parcul",
            "în parc", "școală", "școala", "la școală", "serviciu", "la serviciu", "muncă",
            "la muncă", "stație", "stația", "în stație", "tren", "trenul", "oraș", "în oraș",
            "centru", "în centru", "trotuar", "pe trotuar", "internet", "pe internet",
        ),
    },
    "perpetrator_relation": {
        "neighbour": (
            "vecin", "vecinul", "vecina", "vecină", "vecini", "vecinii", "vecinei", "vecinului",
            "vecinii de sus", "de la etaj", "de sus", "de jos", "de alături", "de vizavi",
            "de peste drum",
        ),
        "council_tenant": (
            "alt", "alt chiriaș", "chiriaș", "chiriașul", "chiriașă", "chiriași", "chiriașii",
            "locatar", "locatarul", "locatară", "locatari", "locatarii", "din cartier",
        ),
        "visitor": (
            "vizitator", "vizitatorul", "vizitatori", "vizitatorii", "musafir", "musafirul",
            "musafiri", "oaspete", "în vizită", "era în vizită", "venise în vizită",
            "venea în vizită",
        ),
        "stranger": (
            "străin", "străinul", "străini", "străinii", "o străină", "un necunoscut",
            "o necunoscută", "necunoscută", "necunoscuți", "niște necunoscuți", "trecător",
            "trecătorul", "trecători", "nu îl cunosc", "nu l cunosc", "nu o cunosc",
            "nu i cunosc", "nu îi cunosc",
        ),
        "unknown": (
            "nu am văzut cine", "n am văzut cine", "nu am apucat să văd",
        ),
    },
    "message_safety": {
        "both": (
            "ambele", "amândouă", "amândoi", "și una și alta", "oricare", "oricare dintre ele",
            "în regulă",
        ),
        "texts": (
            "mesaje", "mesaj", "mesaje text", "mesaj text", "doar mesaje", "doar mesaje text",
            "scrieți mi", "în scris",
        ),
        "voicemail": (
            "audio", "doar audio", "robot telefonic",
        ),
        "neither": (
            "nici una", "nici unul", "nimic", "nici una nici alta",
            "nici unul nici altul",
        ),
    },
    "hate_types": {
        "race": (
            "rasă", "rasa", "rasism", "rasist", "rasistă", "rasiste", "rasiști", "etnie",
            "etnia", "etnic", "etnică", "naționalitate", "naționalitatea", "culoarea pielii",
            "culoare", "pielii", "negru", "neagră", "rom", "romi", "romă", "român", "română",
            "români", "românii", "românesc", "pentru că sunt român", "pentru că sunt română",
            "străin", "străini", "imigrant", "imigranți", "emigrant", "accent", "accentul",
            "du te acasă", "du te în țara ta",
        ),
        "religion": (
            "religie", "religia", "religios", "religioasă", "convingeri", "credință", "credința",
            "musulman", "musulmană", "musulmani", "islamic", "islamul", "batic", "basma",
            "văl", "vălul", "moschee", "evreu", "evreică", "evrei", "antisemit", "antisemitism",
            "creștin", "creștină", "ortodox", "ortodoxă", "catolic", "biserică", "biserica",
            "turban",
        ),
        "disability": (
            "dizabilitate", "dizabilitatea", "dizabilități", "handicap", "handicapat",
            "handicapată", "invalid", "invalidă", "scaun cu rotile", "cărucior", "orb", "oarbă",
            "nevăzător", "surd", "surdă", "autist", "autistă", "sănătate mintală",
            "sănătate mentală", "boală psihică",
        ),
        "sexual_orientation": (
            "orientare", "orientarea", "orientare sexuală", "homosexual", "homosexuală",
            "homosexuali", "lesbiană", "lesbiene", "bisexual", "bisexuală", "homofob", "homofobă",
            "homofobie", "lgbt",
        ),
        "transgender": (
            "identitate", "identitatea", "transgen", "transsexual", "transsexuală", "transfob",
            "transfobă", "transfobie", "non binar", "nonbinar",
        ),
        "other": (
            "altceva", "altă cauză", "vârstă", "vârsta", "vârstei", "femeie", "misoginie",
            "sexism", "sexist", "bătrân", "bătrână", "fără adăpost",
        ),
    },
    "harms": {
        "injury": (
            "cineva", "rănit", "rănită", "răniți", "rană", "răni", "bătut", "bătută", "bătuți",
            "lovit", "lovită", "loviți", "lovituri", "sânge", "sângera", "spital", "la spital",
            "vânătăi", "vânătaie", "julit", "ambulanța", "ambulanță",
        ),
        "damage": (
            "pagube", "pagubă", "bunuri", "stricat", "stricată", "stricate", "spart", "spartă",
            "sparte", "au spart", "distrus", "distrusă", "distruse", "geam", "geamul", "geamuri",
            "geamurile", "fereastra", "fereastră", "mașina", "mașină", "mașinii", "ușa", "ușă",
            "zgâriat", "zgâriată", "cauciucuri", "gard", "gardul",
        ),
        "graffiti": (
            "scris pe perete", "pe perete", "pe zid", "scris", "scrise", "au scris", "desenat",
            "au desenat", "vopsea", "cu vopsea", "mâzgăleli", "zvastică", "svastică",
            "inscripții", "inscripție",
        ),
        "children_present": (
            "copii", "copiii", "copil", "copilul", "copilului", "cu copiii", "erau copii",
            "fiul", "fiul meu", "fiica", "fiica mea", "bebeluș", "bebelușul", "bebe",
        ),
        "none": (
            "nimic", "nimic din acestea", "doar cuvinte", "doar vorbe", "doar insulte",
            "doar verbal",
        ),
    },
    "evidence": {
        "photos": (
            "fotografii", "fotografie", "poze", "poză", "poza", "filmări", "filmare", "filmarea",
            "am filmat", "filmat", "înregistrare", "înregistrări", "am înregistrat",
            "pe telefon", "cu telefonul", "captură de ecran", "capturi de ecran",
        ),
        "witnesses": (
            "martori", "martor", "martoră", "martorii", "vecinii au văzut", "vecinul a văzut",
            "vecina a văzut", "oamenii au văzut", "cineva a văzut", "trecătorii",
        ),
        "cctv": (
            "camere", "cameră", "camera", "camerele", "camere de supraveghere", "supraveghere",
            "sonerie", "soneria", "sonerie cu cameră", "interfon", "interfonul",
        ),
        "none": (
            "niciuna", "nimic", "nu am dovezi", "fără dovezi", "nicio dovadă",
            "nimeni nu a văzut",
        ),
    },
    "wants": {
        "support": (
            "sprijin", "sprijinul", "ajutor", "consiliere", "consilier", "psiholog", "susținere",
            "să vorbesc cu cineva", "familie", "familia", "pentru familie",
        ),
        "security": (
            "siguranță", "siguranța", "securitate", "încuietoare", "încuietori", "yală", "yale",
            "lacăt", "ușă nouă", "ușă metalică", "alarmă", "cameră", "camere", "zăvor",
            "protecție",
        ),
        "graffiti_removal": (
            "îndepărtarea", "îndepărtat", "ștergere", "ștergerea", "șters", "să fie șters",
            "curățare", "curățat", "curățenie", "acoperit", "vopsit peste",
        ),
        "repair": (
            "repararea", "reparat", "reparație", "reparații", "repara", "reparare", "să repare",
            "pagubelor", "înlocuit", "geam nou", "înlocuirea geamului",
        ),
        "transfer": (
            "mutarea", "mutare", "mutat", "să mă mut", "mă mut", "să ne mutăm", "relocare",
            "altă locuință", "altă casă", "alt apartament", "schimb de locuință",
            "schimbare de locuință", "să plec de aici",
        ),
    },
    "correction": {
        "what": ("descriere", "descrierea", "tipul"),
        "when": ("data", "ora", "ziua"),
        "where": ("adresa", "adresă", "locul", "cod poștal", "locația"),
        "who": ("persoana", "autorul", "agresorul", "făptașul"),
        "contact": (
            "telefon", "numărul de telefon", "email", "nume", "numele", "datele de contact",
        ),
        "help": ("dovezi", "dovezile", "ajutor", "acord", "poliția", "poliție", "sprijin"),
    },
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
    "OPTION_WORDS": {
        slot: {code: _forms(words) for code, words in options.items()}
        for slot, options in _OPTION_WORDS.items()
    },
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
    "LAST_YEAR": _forms(("anul trecut", "anul care a trecut")),
    # "The end of October" is its last day (with a month's name: dates._month_end).
    "MONTH_END": _forms(("sfârșitul", "sfârșitul lunii", "spre sfârșitul", "finalul", "finalul lunii")),
    # An hour said with one of these is after noon ("la ora 10 seara" is 22:00).
    "EVENING": _forms(("seara", "seară", "noaptea", "după-amiaza", "după amiaza", "pm")),
    "FUTURE": _forms(("mâine", "poimâine", "viitor", "viitoare", "următoare", "următorul", "peste")),
    "AMBIGUOUS": _forms(("mai", "luni", "marți", "joi", "mar", "ian", "iun", "sept", "noi", "dec")),
}

# "ț"/"ș" are also typed "tz"/"sh" in SMS ("ajutatzi-ma", "cutzit").
_A, _AI, _I, _S, _T = "[ăa]", "[âa]", "[îi]", "(?:[șş]|sh?)", "(?:[țţ]|tz?)"
# "acum" is "now", but "acum 3 zile" is "3 days ago": a "now" never followed by a period.
_NOW = (
    r"acum\b(?!\s+\d)(?!(?:\s+\S+){1,2}\s+(?:zi|zile|s[ăa]pt[ăa]m[âa]n[ăa]|s[ăa]pt[ăa]m[âa]ni"
    r"|lun[ăa]|luni|an|ani|or[ăa]|ore|minut|minute|timp|vreme)\b)"
)
# Romanian's present tense is also its habitual ("ne bat în perete noaptea", "mă așteaptă
# în fiecare zi") and the tense of reported threats ("a zis că mă omoară"): the wider patterns
# below are guarded by this veto, which refuses a message that says when it was (a past day, a
# period ago), that it keeps happening, that it is a condition, a report, reported speech or
# online. Minutes ago ("acum 5 minute și e încă aici") is not refused: that is still going on.
_FEW = r"(?:\d+|o|un|doi|dou[ăa]|trei|patru|cinci|[sș]ase|[sș]apte|opt|zece|c[âa]teva|c[âa][tț]iva|mai multe|vreo(?:\s+\S+)?|cam(?:\s+\S+)?)"
_CALM = (
    r"\b(?:ieri|alalt[ăa]|asear[ăa]|azi[- ]?noapte|azi diminea|trecut|"
    rf"acum {_FEW}\s+(?:\S+\s+)?(?:zi|s[ăa]pt|lun|an\b|ani\b|or[ăa]\b|ore\b)|"
    r"[îi]n fiecare|fiecare (?:zi|sear|noapte)|zilnic|mereu|de obicei|adesea|des\b|tot timpul|[îi]ntruna|uneori|"
    r"c[âa]teodat[ăa]|de fiecare dat[ăa]|noaptea|serile|de luni|de s[ăa]pt[ăa]m[âa]ni|de ani|de c[âa]nd|c[âa]nd\b|"
    rf"de {_FEW}\s+(?:\S+\s+)?(?:zi|s[ăa]pt|lun|an\b|ani\b)|"
    r"dac[ăa]\b|zis|spus|amenin[tț]at c[ăa]\b|amenin[tț][ăa] c[ăa]\b|pentru c[ăa]|fiindc[ăa]|din cauz|"
    r"facebook|instagram|tiktok|whatsapp|online|pe net|pe internet|mesaj|"
    r"raport|sesiz|pl[âa]ngere|reclama[tț]|(?<!nu )a plecat|(?<!nu )au plecat|fumeaz|[tț]ig[ăa]r|gr[ăa]tar|detector|"
    r"film\b|filmul|jocul|visat|auzit|zic[âa]nd|protec[tț]ia|social)"
)
# A question or a condition: "should I call the police?", "if he comes back, call 999".
_ASKED = rf"[?]|\bdac{_A}\b"
# Where a threat stands when it is at my home: at the door, gate or window, outside, in
# the hall, stairwell, yard or flat, behind me, beside me.
_AT_HOME = (
    rf"(?:(?:afar{_A}\s+)?(?:la|l{_AI}ng{_A}|{_I}n fa{_T}a|{_I}n spatele|sub)\s+"
    rf"(?:u{_S}(?:a|{_A}|ii)|poart{_A}|por{_T}ii|geam|fereastr|ferestr|cas{_A}|casei|bloc|scar{_A}|sc{_A}rii|intrare|balcon)\w*"
    rf"|(?:l{_AI}ng{_A}|{_I}n spatele|dup{_A})\s+(?:mine|noi)\b"
    rf"|{_I}n (?:hol|cas{_A}\b|curte|gr{_A}din{_A}|bloc\b|scar{_A}|apartament|spatele (?:meu|nostru|u{_S}ii))"
    rf"|pe (?:hol|balcon|palier)|afar{_A}\b(?! din)|aici)"
)
# A clause that starts here: "e la ușă", "ajutor, e aici", "el e încă afară".
_CLAUSE = (
    rf"(?:^|[,.;:!?]\s*|\b(?:{_S}i|dar|iar|el|ea|ei|ele|acum|cineva|tremur|mi-e fric{_A}|ajutor|repede|"
    rf"v{_A} rog|te rog|ajut{_A}[- ]?m{_A}|ajuta{_T}i[- ]?m{_A})\s+)"
)
_WEAPON = (
    rf"(?:cu{_T}it|cu{_T}ite|cu{_T}itul|arm{_A}|arme|arma|pistol|pistolul|pu{_S}c{_A}|topor|toporul|"
    rf"macet{_A}|b{_AI}t{_A}|b{_AI}te|bat de baseball|r{_A}ng{_A}|lan{_T})"
)
# After the place: the end, a pause, "și ...", "acum", or "my" ("e la geamul meu acum"); not
# "e în casă la mama", "e afară în grădină cu câinele", nor a question.
_THEN = (
    rf"(?:\s+(?:meu|mea|mele|mei|noastr{_A}|nostru|noastre))?"
    rf"(?=\s*(?:$|[,.;:!]|(?:{_S}i|acum|chiar|{_I}nc{_A}|{_S}i|de \d+ minute|cu (?:un |o )?{_WEAPON})\b|"
    rf"cu c{_AI}ini\b|la u{_S}|{_I}n fa{_T}a|l{_AI}ng{_A} u{_S}))"
)
# People who gather at the door: "o gașcă", "vreo zece", "mulți".
_CROWD = (
    rf"(?:(?:o|un|vreo|ni{_S}te|mul{_T}i|\d+)\s+)?(?:(?:gr{_A}mad{_A}|ga{_S}c{_A}|gloat{_A}|mul{_T}ime|grup|band{_A}|"
    rf"b{_A}rba{_T}i?|b{_A}rbat|tineri|b{_A}ie{_T}i|oameni|indivizi|tipi?|om|necunoscu{_T}i?|str{_A}ini?|"
    rf"doi|trei|patru|cinci|{_S}ase|zece|mul{_T}i)\b\s*(?:de\s+\w+\s+|str{_A}in\s+)?)+"
)
_VENITI = rf"veni(?:{_T}i|tzi?)"
# A plea that is the whole message ("ajutooor", "salvați-ne!!", "vă rog repede").
_PLEA = (
    rf"(?:ajuto+r+|ajut{_A}[- ]?m{_A}|ajuta{_T}i[- ]?(?:m{_A}|ne)|salva{_T}i[- ]?(?:m{_A}|ne)|salveaz{_A}[- ]?m{_A}|"
    rf"he+l+p+(?: me)?|sos|{_VENITI}|pericol|urgent|urgen{_T}{_A}|foc|fum|incendiu|arde|ard|pompierii|"
    rf"ambulan{_T}a|ambulan{_T}{_A}|salvarea|repede)"
)
_FILLER = rf"(?:v{_A} rog(?: frumos)?|te rog|pls|acum|chiar|imediat|e|este|cineva|sunt|suntem)"

# Present tense only ("are un cuțit", "mă bate"): the past forms ("avea un cuțit",
# "m-a bătut") of a report about last week must not match.
DANGER_PATTERNS = [
    # a plea and nothing else: "ajutor", "help me", "vă rog repede", "pompierii!", "acum!!"
    rf"^\W*(?:(?:{_FILLER})\W+)*{_PLEA}(?:\W+(?:{_PLEA}|{_FILLER}))*[^\w?]*$",
    rf"^\W*acum\s*!+\W*$",
    # police named with haste and nothing else: "poliția urgent", "poliție acum"
    rf"^\W*poli{_T}i[ae]\W+(?:(?:{_FILLER}|repede|urgent)\W*)*(?:repede|urgent|acum|imediat)\W*$",
    rf"(?<!s{_A} )(?<!nu )\b(ajutor|ajuta{_T}i[- ]?m{_A}|ajut{_A}[- ]?m{_A}|{_VENITI}) (repede|urgent|imediat|{_NOW})",
    rf"\bchiar {_NOW}",
    # come (to me), not "veniți la primărie": with haste, or a message that begins or ends with it
    rf"(?<!s{_A} )(?<!nu )\b{_VENITI}\b(?:\W+v{_A} rog)?(?:\s+(?:repede|imediat|urgent|{_NOW})|\W*$)|^\W*{_VENITI}\s*[,!]",
    # weapons held now: "are un cuțit", "au bâte", "cu un cuțit" beside a present verb, "scoate un cuțit"
    guarded(rf"\b(are|au|{_T}ine|{_T}in) (un |o )?(ceva |mai multe |ni{_S}te )?{_WEAPON}\b(?! de (v{_AI}n{_A}toare|buc{_A}t{_A}rie)| {_I}n (buc{_A}t{_A}rie|sertar)| acas{_A}| permis)", _CALM),
    guarded(rf"\b(e|este|sunt|vine|vin|st{_A}|stau|a{_S}teapt{_A})\b[^.,;!?]{{0,40}}\bcu (un |o )?{_WEAPON}\b", _CALM),
    rf"\b(scoate|scot|flutur{_A}|{_I}ndreapt{_A}) (un |o )?{_WEAPON}\b|\b(sunt|e|este) {_I}narma{_T}i?\b|\btrag(e)? cu (pistolul|arma|pu{_S}ca)\b",
    # breaking in: "încearcă să intre", "vor să intre", "au spart ușa și intră"
    rf"\b{_I}ncearc{_A} s{_A} (intre|sparg{_A}|m{_A} omoare|ne omoare|m{_A} loveasc{_A}|m{_A} {_I}njunghie)\b",
    rf"\b(vor|vrea|vrea) s{_A} (intre|intr{_A}|sparg{_A})\b",
    guarded(rf"\b(sparg|sparge) (u{_S}a|geamul|geamurile|geamuri|fereastra|ferestrele|poarta|ma{_S}ina|ma{_S}inile|tot)\b", _CALM),
    guarded(rf"\b(lovesc|love{_S}te|izbesc|izbe{_S}te|bat|bate|dau cu picioarele|d{_A} cu piciorul|for{_T}eaz{_A})( tare)?( cu \w+)?( {_I}n| tare la)? (u{_S}a|u{_S}{_A}|geamul|geamurile|geam|fereastra|ferestrele|poart{_A})\b", _CALM),
    guarded(rf"\b(au|a) intrat (peste (noi|mine)|{_I}n (cas{_A}|apartament)\W*$)", _CALM) + rf"|\bau spart u{_S}a\b[\s\S]{{0,30}}\bintr{_A}\b",
    # violence against me/us/him/her now: "mă bate", "ne atacă", "o strâng de gât", "mă violează"
    guarded(rf"(?<!c{_A} )(?<!s{_A} )(?<!nu )\b(m{_A}|ne|[îi]l|o) (atac{_A}|bat|bate|love{_S}te|lovesc|sugrum{_A}|str{_AI}ng(e)? de g{_AI}t|{_I}njunghie|violeaz{_A}|t{_AI}r{_A}sc|trag de p{_A}r)\b(?=\W*$|\s*[,.;:!]|\s+({_S}i|pe|acum|chiar|cu|{_I}n (?!perete|pere|u{_S}|geam|fereastr|poart|podea|tavan|calorifer)|tare|iar|din nou|afar{_A}|aici|to{_T}i|v{_A} rog|ajutor|vecin\w*|b{_A}rba{_T}\w*|b{_A}ie{_T}\w*|tineri\w*|copiii|oameni\w*|{_A}ia|aia|ei|el|ea|unii|doi|trei|ni{_S}te|un|o)\b)", _CALM),
    rf"\b(sunt|suntem) (atacat|atacat{_A}|ataca{_T}i|b{_A}tut|b{_A}tut{_A}) {_NOW}",
    guarded(rf"^(?:[\s\S]*(?:[,.;:!]\s*|\b(?:ajutor|eu|noi|{_S}i|acum|v{_A} rog)\s+))?(sunt|suntem) (urm{_A}ri{_T}|fug{_A}ri{_T}|ataca{_T}|b{_A}tu{_T}|lovi{_T}|{_I}ncol{_T}i{_T}|{_I}nconjura{_T})(i|{_A}|e)?\b(?!\s+(de (poli|autorit|prim)|verbal|online))", _CALM),
    guarded(rf"(?<!c{_A} )(?<!s{_A} )\b(m{_A}|ne|[îi]l|o) omoar{_A}(?=\W*$|\s*[,!.]|\s+(pe|acum|chiar|v{_A} rog|ajutor)\b)", _CALM),
    guarded(rf"\b(atac{_A}|lovesc|love{_S}te|{_I}njunghie|sparg|sparge|arunc{_A} (cu|{_I}n)|trage (cu|{_I}n)|bat (pe|un|o|oameni|copii)|bate (pe|un|o)) (\w+ ){{0,5}}?{_NOW}", _CALM),
    guarded(rf"\barunc{_A} (cu \w+ )?{_I}n (noi|mine)\b|\b(ne|m{_A}) arunc{_A} cu\b", _CALM),
    rf"\b(asmu{_T}|asmute) [\s\S]{{0,20}}\b(pe noi|pe mine|{_NOW})",
    # held and not let go: "mă ține de braț și nu mă lasă", "nu mă lasă să ies"
    guarded(rf"\b(m{_A}|ne|m-a|m-au) ({_T}ine|{_T}in|prins|prinde)\b[^.;!?]{{0,30}}\bnu (m{_A}|ne) (mai )?las{_A}\b(?! {_I}n pace)", _CALM),
    guarded(rf"\bnu (m{_A}|ne) (mai )?las{_A} s{_A} (ies|ie{_S}im|plec|plec{_A}m|fug|scap)\b", _CALM),
    # an attack moments ago: "m-a înjunghiat adineauri", "m-a atacat sexual acum"
    guarded(rf"\b(m|ne|l|o)-(a|au) (atacat|lovit|{_I}njunghiat|b{_A}tut|t{_A}iat|{_I}mpu{_S}cat|violat|r{_A}nit|amenin{_T}at cu|luat|r{_A}pit|b{_A}gat|dat foc|pus foc)\b[\s\S]*\b(adineauri|{_NOW})|\b(adineauri|tocmai|chiar acum|acum)\b[\s\S]{{0,10}}\b(m|ne|l|o|mi)-(a|au) (atacat|lovit|{_I}njunghiat|b{_A}tut|luat|r{_A}pit|b{_A}gat)\b|\b(adineauri|tocmai|chiar acum|{_NOW})\s+(au|a) (dat|pus) foc\b", _CALM),
    rf"^\W*(m|l|o)-(a|au) ({_I}njunghiat|{_I}mpu{_S}cat)\W*$",
    guarded(rf"\b(mi|ne)-au (luat|r{_A}pit) (copilul|copiii|feti{_T}a|fiul|fiica|b{_A}iatul|fata)\b", _CALM),
    rf"\b(e|este|sunt) (afar{_A} cu (ei|el)|cu (ei|el) afar{_A})\b",
    # injured and bleeding now
    rf"\bs{_AI}nger(ez|eaz{_A})\b|\b(e|este|sunt|suntem) (plin|plin{_A}|plini) de s{_AI}nge\b|\bcurge s{_AI}nge\b",
    rf"(?<!am fost )(?<!a fost )(?<!nu )\b(sunt|e|este) (grav )?({_I}njunghiat|r{_A}nit|{_I}mpu{_S}cat)({_A}|i)?\b(?=\W*$|\s*[,.;:!]|\s+({_S}i|grav|r{_A}u|tare|acum|la|{_I}n|de)\b)",
    rf"\bnu (mai )?(respir{_A}|respir|pot respira|poate respira|pot s{_A} respir)\b",
    rf"\b(e|este|z{_A}ce) (pe jos|la p{_A}m{_AI}nt) {_S}i nu (r{_A}spunde|respir{_A}|se mi{_S}c{_A})\b|\b(e|este|z{_A}ce) (le{_S}inat|{_I}ncon{_S}tient)",
    # hiding, locked in, trapped
    rf"\bm{_A} ascund\b|\bne ascundem\b|(?:^\W*|\b(?:sunt|suntem|stau|st{_A}m|m-am|ne-am)\s+)ascun{_S}(?:{_A}|i|e)?\s+({_I}n|sub|dup{_A}|pe)\b",
    guarded(rf"\b(m-am|ne-am|ne-a|ne-au|m-a|m-au) ({_I}ncuiat|baricadat|{_I}nchis|blocat) {_I}n\b", _CALM),
    rf"\b(sunt|suntem) (bloca{_T}i|blocat|blocat{_A}|prin{_S}i|prins|prins{_A}|{_I}ncuia{_T}i|{_I}ncuiat|{_I}ncuiat{_A}|{_I}nchi{_S}i|{_I}nchis|{_I}nchis{_A}) {_I}n (cas{_A}|apartament|baie|camer{_A}|dormitor|buc{_A}t{_A}rie|pivni{_T}{_A}|magazin|ma{_S}in{_A}|hol|scar{_A}|toalet{_A}|debara|dulap|garaj|parcare|lift cu)",
    rf"\bnu (pot|putem) (s{_A} )?(ie{_S}i|ies|ie{_S}im|sc{_A}pa|fugi)\b[^.;?]{{0,40}}\b(sunt|e|este|st{_A}|stau|m{_A} a{_S}teapt{_A})\s+({_I}nc{_A}\s+)?{_AT_HOME}",
    # following, chasing, coming at me, surrounding, waiting for me
    guarded(rf"\bm{_A} (urm{_A}re{_S}te|urm{_A}resc|fug{_A}resc|fug{_A}re{_S}te)\b(?! pe (facebook|net|internet|instagram|tiktok))", _CALM),
    guarded(rf"\b(vine|vin|alearg{_A}|fuge|e|este|merge|urc{_A}|se apropie|vine cu ma{_S}ina)\s+(dup{_A} (mine|noi)|spre (mine|noi|cas{_A}|u{_S}|bloc)|{_I}ncoace|{_I}nspre (mine|noi))|\be pe drum spre (mine|noi)\b", _CALM),
    guarded(rf"\b(vine|vin) ([\w ]{{0,20}}?){_I}napoi\b|\b(se {_I}ntoarce|se {_I}ntorc|s-a {_I}ntors|s-au {_I}ntors) (cu|{_S}i|iar|din nou|spre|aici|{_NOW})|\burc{_A} (pe sc{_A}ri|spre)|^\W*fug de (ei|el|ea)\b", _CALM),
    guarded(rf"\b(ne|m{_A}) {_I}nconjoar{_A}\b|\b(ne|m)-au ({_I}nconjurat|{_I}ncol{_T}it)\b", _CALM),
    guarded(rf"\b(m{_A}|ne) a{_S}teapt{_A}\b(?:\s+(afar{_A}|jos|la (col{_T}|u{_S}|poart|ie{_S}ire|intrare|sc|bloc)|{_I}n (fa{_T}a|scar{_A}|hol|parcare|curte)|l{_AI}ng{_A}|cu)|\W*$)", _CALM),
    # someone at my home now: "e la ușă", "sunt încă afară", "o gașcă afară", "e aici"
    rf"\bcineva (e|este) {_I}n (casa|apartamentul) (mea|meu|noastr{_A}|nostru)\b",
    guarded(rf"^(?!\W*da\b)[\s\S]*{_CLAUSE}(?<!\bnu )(e|este|st{_A})\s+((chiar|{_I}nc{_A}|tot|acum)\s+)*{_AT_HOME}{_THEN}", _CALM),
    guarded(rf"{_CLAUSE}(?<!\bnu )(sunt|stau)\s+((chiar|{_I}nc{_A}|tot|acum)\s+)*(afar{_A}\b(?! din)|la (u{_S}|poart|geam|fereastr)\w*|{_I}n fa{_T}a (casei|u{_S}ii|blocului)|{_I}n curte|pe balcon|dup{_A} (mine|noi)){_THEN}", _CALM),
    guarded(rf"\b(e|este|sunt|st{_A}|stau) {_CROWD}(cu [\w ]{{1,20}}?)?\s*(afar{_A}\b(?! din)|la (u{_S}|poart|geam|fereastr|cas{_A} mea|casa noastr)\w*|{_I}n fa{_T}a (casei|u{_S}ii|blocului)|{_I}n curte){_THEN}", _CALM),
    rf"\b(sunt|e|este|st{_A}|stau) (afar{_A} |aici |la u{_S}{_A} (mea |noastr{_A} )?)+{_NOW}",
    rf"\b(b{_A}rbat|om|tip|cineva|ga{_S}c{_A}|grup)( \w+)? ({_I}n|la|l{_AI}ng{_A}) \w+ {_NOW}",
    # in danger, not safe, an emergency
    rf"(?<!nu )\b(sunt|suntem|e|este) {_I}n (mare |grav )?pericol\b|\bpericol de moarte\b",
    rf"^\W*nu (sunt|suntem) {_I}n siguran{_T}{_A}\W*(?:$|,)|\bnu (sunt|suntem) {_I}n siguran{_T}{_A} {_NOW}|\bnu (e|este) sigur (s{_A} stau )?aici\W*$",
    guarded(rf"\bmi-e fric{_A} pentru via{_T}a (mea|noastr{_A})", _CALM),
    rf"(?<!nu )(?<!dac{_A} )\b(e|este|am|avem) o urgen{_T}{_A}\b|\bsitua{_T}ie de urgen{_T}{_A}\b|^\W*(e |este )?urgent[^\w?]*$",
    rf"\b((am|e|este) un atac\b(?! de (panic|anxietate))|(e|este) o b{_A}taie|^\W*(atac|b{_A}taie))[\s\S]*{_NOW}|" + guarded(rf"(?<!ce )\bse {_I}nt{_AI}mpl{_A} (chiar )?{_NOW}(?!\s*\?)|\b{_NOW}\s+se {_I}nt{_AI}mpl{_A}\b(?!\s*\?)", _CALM),
    # call the police / ambulance / fire brigade (an order, not "should I call the police?")
    guarded(rf"(?<!s{_A} )(?<!nu )(?<!pot )(?<!po[țţt]i )(?<!pute[țţt]i )\b(suna{_T}i|chema{_T}i|trimite{_T}i|sun{_A}|cheam{_A}) (la |o |pe )?(poli{_T}ia|poli{_T}ie|police|salvarea|salvare|ambulan{_T}a|ambulan{_T}{_A}|pompierii|999|112|cineva) ([\w ]{{0,15}})?(acum\b|repede|urgent|imediat|pentru (noi|mine))", _ASKED),
    guarded(rf"(?<!s{_A} )(?<!nu )(?<!pot )(?<!po[țţt]i )(?<!pute[țţt]i )\b(suna{_T}i|sun{_A}|cheam{_A}|chema{_T}i) (la |o |pe )?(999|112|poli{_T}ia|salvarea|salvare|ambulan{_T}a|ambulan{_T}{_A}|pompierii)\b", _ASKED),
    rf"\bam nevoie de (o )?(ambulan{_T}{_A}|ambulan{_T}a|salvare|pompieri)\b|\bam nevoie de (poli{_T}ie|poli{_T}ia|ajutor) (acum\b|urgent|repede|imediat)",
    rf"^\W*ajutor\W+(pompierii|poli{_T}ia|salvarea|ambulan{_T}a)\b",
    rf"\burgent ajutor\b",
    # fire and smoke now (a past "au dat foc" or a threat "că ne dă foc" is a report)
    rf"(?<!c{_A} )(?<!s{_A} )(?<!ne )(?<!mi )\b(ne |[îi]mi |mi )?(dau|d{_A}) foc\b|\b(arde|ard) (casa|u{_S}a|apartamentul|blocul|ma{_S}ina|cutia|scara|geamul|poarta|gardul)\b|\b(casa|u{_S}a|apartamentul) (mea |meu |noastr{_A} )?arde\b|^\W*foc\W*$",
    guarded(rf"(?<!nu )\b(e|este|avem|s-a pornit un) (foc|incendiu)\b(?! {_S}i par{_A}| de\b)", _CALM) + rf"|(?<!dat )(?<!pus )(?<!fost )(?<!luat )(?<!facut )(?<!f{_A}cut )(?<!d{_A} )(?<!dau )(?<!da )(?<!dea )\bfoc (la|{_I}n|pe) (u{_S}|cas{_A}|bloc|apartament|scar|geam|ma{_S}in|hol|cutia)",
    guarded(rf"(\b(e|este|simt|e plin de) fum\b(?!\s+de la)|\bfum (peste tot|{_I}n (cas{_A}|scar{_A}|apartament|hol|camer{_A}|bloc)|pe (scar{_A}|hol)))", _CALM),
    rf"\b(arde|ard)\b[\s\S]{{0,40}}\b(se {_I}ntinde|{_NOW})|\b(arde|ard|a luat foc|ia foc)\b[\s\S]{{0,25}}\b(la|l{_AI}ng{_A}|{_I}n fa{_T}a) u{_S}|^\W*(ajutor\W+)?(arde|ard)\W*$|" + guarded(rf"(\b{_S}i|,)\s*(arde|ard)( acum)?\W*$", _CALM) + rf"|\b(focul|flac{_A}rile) se {_I}ntind",
    guarded(rf"\b(toarn{_A}|au|are|miroase a) benzin{_A}\b", _CALM),
    guarded(rf"(?<!s{_A} )(?<!s{_A} ne )(?<!s{_A} [îi]i )(?<!s{_A} [îi]mi )\b(ia|iau|a luat|au luat) foc\b", _CALM),
    guarded(rf"\b(vine|vin) ({_NOW} |{_I}ncoace |aici |spre noi |spre mine )?s{_A} (m{_A}|ne|[îi]l|o) (omoare|bat{_A}|atace|loveasc{_A}|{_I}njunghie)\b", _CALM),
]

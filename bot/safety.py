"""Unmistakable danger words: the rule that backs the model (DESIGN: safety first).

A statistical classifier can mistake "he's got a knife" for an ordinary report; these
patterns make sure an emergency is never missed. They are deliberately narrow (present
danger, not past threats) so that an account of last week's abuse still becomes a report.
"""
import re

from bot.danger_guard import guarded

# Per language: English here, the others as DANGER_PATTERNS in bot/intake/languages/<code>.py.
# English: present danger, in the words and spellings of a hurried SMS.
_AP = "['’]?"  # the apostrophe people leave out: "theyre", "hes", "im", "cant"
_BE = r"(?:\b(?:is|are|am|r|im|hes|shes|theyre|theres)|['’](?:s|re|m))"  # present "be": "he's", "they r", "im"
_THEY = (
    rf"(?:they{_AP}re|they are|they r|he{_AP}s|he is|she{_AP}s|she is|someone{_AP}s|someone is|somebody{_AP}s|somebody is"
    rf"|some1{_AP}s|sum1{_AP}s|there{_AP}s (?:someone|somebody|some1|a (?:man|woman|guy|lad|gang|group)|people|men|lads)"
    rf"|(?:a|the) (?:man|woman|guy|lad|gang|group|mob|crowd)(?: is|{_AP}s)|(?:people|men|lads|boys) are)"
)
_VICTIM = (
    r"(?:me|us|him|her|them|someone|somebody|people|everyone|my|our|his|their"
    r"|a (?:man|woman|boy|girl|lad|guy|kid|child)|the (?:man|woman|boy|girl|lad|guy|kid|child|driver))\b"
    r"(?!\s+(?:report|case|complaint|account|page|posts?|profile|stor(?:y|ies)|religion|faith|culture|community|reputation|name|beliefs)\b)"
)
_WEAPON = r"(?:knife|knives|knif|nife|kniv\w*|gun|guns|pistol|shotgun|rifle|machetes?|weapons?|blades?|baseball bat|bats?|hammer|crowbars?|axe|acid|petrol)\b"
_URGENT = r"(?:now|nw|asap|quick|quickly|urgently|urgent|immediately|fast|right now)"


# Vetoes: ongoing harassment and online abuse told in the present tense are reports, and so
# are past incidents, threats of future harm and questions about what to do.
_HABIT = (
    r"\b(?:every\s*(?:day|night|time|week|weekend|morning|evening)|everyday|always|all the time|most (?:days|nights)"
    r"|for (?:weeks|months|years|ages)|since|used to|anymore|any more|at school|online"
    r"|on (?:facebook|fb|instagram|insta|tiktok|twitter|whatsapp|snapchat|snap|youtube|social media|the internet))\b"
)
_PAST = (
    r"\b(?:yesterday|last (?:night|week|weekend|month|year|time|\w+day)|ago|used to|earlier|before|this morning"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|was|were|had)\b"
)
_PAST_ATTACK = r"\b(?:attacked|threatened|stabbed|hit|chased|came|went|tried|robbed|mugged|smashed|pulled out|got out)\b"
_SAID = (
    r"\b(?:said|says|say|saying|told|tell|telling|threaten\w*|wrote|writes?|messaged?|messages|texted|texts|letter|note"
    r"|posted|shouted|shouting|if|when|one day|someday|tomorrow|next)\b"
)
_ASKING = (
    rf"\b(?:should|shall|do (?:i|we)|does|can (?:i|we)|could (?:i|we)|how (?:do|can|should) (?:i|we)|is it|worth|whether|if|or not"
    rf"|don{_AP}t|dont|do not|no need)\b"
)

DANGER_PATTERNS = {
    "en": [
        # (A whole message may open with stray marks, "^[^\w/]*", but not a slash: "/emergency" is intent syntax.)
        # a bare plea: "help", "heeelp!!", "help me", "help please", "pls pls help", "somebody help us"
        r"^[^\w/]*(?:(?:please|pls|plz|someone|somebody|some1|sum1|oh god|god)\W+)*(?:h+e+l+p+|hlp|hepl|halp)"
        r"(?:\W+(?:me|us|please|pls|plz|now|quick|quickly|asap|urgently|someone|somebody|h+e+l+p+))*\W*$",
        # a plea, then what is happening: "help they're outside", "help, he has a knife"
        guarded(r"^[^\w/]*(?:please\W+)?h+e+l+p+(?:\W+(?:me|us|please|pls|plz))*\W+(?:they|theyre|he|hes|she|shes|someone|somebody|there)\b", _HABIT),
        # "need help now", "send help", "get help here now"
        rf"\b(?:need|send|get)\s+(?:some\s+)?help\b(?:\s+(?:here|over here))?\s*{_URGENT}\b(?!\s+(?:with|to|filling|for)\b)|\bsend\s+(?:some\s+)?help\b",
        # "call 999", "ring the police", "can you phone an ambulance": an order, not "do i call 999?"
        guarded(r"(?:^[^\w/]*|[.,!;:]\s*|\b(?:please|pls|plz|someone|somebody|some1|can you|could you|can u|can someone|just)\s+)"
                r"(?:call|ring|phone|dial)\s+(?:(?:the|an|a)\s+)?(?:999|police|cops|ambul[ae]nce|fire brigade)\b(?!\s+(?:later|tomorrow|about|or)\b)", _ASKING),
        # "send the police", "get police here now", "send an ambulance", "need police asap", "get someone here now"
        guarded(rf"\b(?:send|get)\s+(?:(?:an?|the|some)\s+)?(?:(?:police|cops|ambul[ae]nce|officers?)\b(?:\s+(?:here|round|over|out))?(?:\s*$|\s+(?:{_URGENT}|please|pls|plz)\b)"
                rf"|(?:someone|somebody|some1|sum1)\b(?:\s+(?:here|round|over|out))?\s+{_URGENT}\b)", _ASKING),
        guarded(rf"\bneed\s+(?:(?:an?|the|some)\s+)?(?:ambul[ae]nce\b|(?:police|cops)\s*(?:$|{_URGENT}|here))", _ASKING),
        # a short cry: "police now", "police and ambulance", "emergency", "urgent please", "danger now", "attack now"
        rf"^[^\w/]*(?:(?:please|pls|plz)\s+)?(?:police|cops|ambul[ae]nce)(?:\s+(?:and|&|n)\s+(?:ambul[ae]nce|police|fire brigade)"
        rf"(?:\s+(?:{_URGENT}|needed|please|pls|plz))*|(?:\s+(?:{_URGENT}|needed|please|pls|plz))+)\W*$",
        rf"^[^\w/]*(?:(?:it{_AP}s|its|it is|this is)\s+)?(?:an?\s+)?(?:real\s+|very\s+|really\s+)?(?:emerg[a-z]*|urgent|(?:in\s+)?danger|sos)"
        r"(?:\s+(?:now|please|pls|plz|help|right now|situation))*\W*$",
        r"^[^\w/]*(?:attack|assault|fight|fire)\w*\s+(?:happening\s+)?(?:right\s+)?now\W*$",
        rf"(?<!\bif )(?<!\bwhen )\b(?:it{_AP}s|its|this is|it is)\s+an?\s+(?:real\s+)?emerg[a-z]*",
        r"\bsos\b",
        # "come quick", "please hurry", "somebody please come, he's hurting her"
        r"^[^\w/]*(?:(?:please|pls|plz|someone|somebody|some1|sum1)\W+)*(?:come|hurry)(?:\W+(?:up|here|quick|quickly|now|fast|asap|please|pls|plz|help))*\W*$",
        rf"\b(?:please|pls|plz|someone|somebody|can you|can someone)\s+(?:please\s+)?(?:come|hurry)(?:\s+(?:quick|quickly|now|fast|asap|here|up))*\s*(?:[.,!]|$|i{_AP}m\b|im\b|he\b|hes\b|she\b|they\b|we\b)",
        rf"^[^\w/]*(?:please|pls|plz)\W+(?:come\W+)?(?:i{_AP}m|im|i am)\s+(?:so\s+|really\s+|very\s+)?(?:scared|terrified|frightened)\W*$",
        # in danger, not safe, trapped, hiding now: "we're trapped", "my kids are in danger", "im hiding in the loo"
        rf"{_BE}\s+(?:still\s+|now\s+|really\s+)?(?:in (?:\w+ )?danger(?! of)|trapped|cornered|surrounded|locked in)\b",
        guarded(rf"\b(?:i{_AP}m|im|i am|we{_AP}re|we are)\s+(?:stuck\s+(?:inside|upstairs|downstairs|here|in (?:the|my|our|a)\b|and)|not safe"
                r"|hiding(?=\s*(?:[.,!]|$|in\b|under\b|from\b|behind\b|inside\b|upstairs\b|downstairs\b|now\b|and\b|they\b)))", _HABIT),
        rf"^[^\w/]*(?:i{_AP}m\s+|im\s+|we{_AP}re\s+)?(?:not safe|in danger|danger)(?:\s+(?:here|now|right now|at home|in my (?:house|home|flat)|tonight))*\W*$",
        r"^[^\w/]*trapped\s+in\s+(?:my|our|the)\s+(?:flat|house|home|room|bedroom|bathroom|toilet|car|shop|lift)\b",
        rf"\b(?:i|we)\s+(?:can{_AP}t|cant|cannot|can not)\s+(?:get out|get away|escape)\b(?!\s+of\s+(?:my|the|this|our)\s+(?:tenancy|contract|lease|bed|job))|\bno way out\b",
        rf"\b(?:won{_AP}t|wont|will not)\s+let\s+(?:me|us)\s+(?:out|leave|go|get out|past)\b(?!\s+(?:of\s+)?(?:my|the|our)\s+(?:tenancy|contract|lease|job))",
        rf"\b(?:i{_AP}m|im|i am|we{_AP}re|we are)\s+(?:at|on|in|outside)\b[^.!?]{{0,40}}\b(?:won{_AP}t|wont|will not)\s+(?:leave|let)\s+(?:me|us)\s+(?:alone|be|go)\b",
        guarded(r"\bhiding\s+(?:in|under|from|behind|inside|upstairs|downstairs)\b", _PAST),
        # weapons held now: "he's got a knife", "they have petrol", "a man with a gun outside", "they're armed"
        guarded(rf"\b(?:has|have|got|holding|carrying|waving|pointing|swinging|armed with)\s+(?:a |an |his |her |their |some |two |big )?{_WEAPON}", _PAST),
        guarded(rf"\bwith\s+(?:a |an |his |her |their |some |two |big )?{_WEAPON}", (_PAST, _PAST_ATTACK)),
        guarded(rf"(?:{_BE}\s+armed\b|\barmed\s+(?:gang|men|man|people|group|lads|intruders?|robbers?)\b|\bthere{_AP}s\s+an?\s+(?:gun|knife|machete|weapon)\b)", _PAST),
        # someone at or in my home now: "they're outside", "he's in my house", "they're still here", "they're back"
        guarded(rf"\b{_THEY}\s+(?:still\s+|back\s+|now\s+|here\s+|right\s+)*(?:here|outside|out there|inside|downstairs|upstairs"
                r"|at (?:my|our|the) (?:front |back )?(?:door|window|gate)"
                r"|(?:in|on) (?:my|our|the) (?:\w+ )?(?:house|home|flat|garden|hallway|hall|stairwell|stairs|building|block|kitchen|room|bedroom|landing|lobby|doorstep|drive)"
                r"|in\s*$)(?!\s+(?:next door|opposite|across|over the road|down the road|up the road)\b)", _HABIT),
        rf"\b{_THEY}\s+still\s+(?:around|about|nearby|there)\b",
        rf"\b(?:they{_AP}re|theyre|they are|he{_AP}s|hes|she{_AP}s|shes)\s+back(?:\s+again)?\s*(?:[.!,]|$|outside|with|and|here|now)",
        guarded(r"\b(?:mob|gang|crowd|riot|group|men|lads|people|someone|somebody|a man|intruders?|burglars?)\s+(?:\w+\s+)?(?:outside|in|at|on)\s+(?:my|our)\s+(?:front\s+|back\s+)?(?:door|house|home|flat|garden|window|landing)\b"
                r"(?=\s*(?:[.!,]|$)|\s+(?:now|right now|still|shouting|screaming|with|and (?:they|he|she)|throwing|banging|kicking|trying)\b)", _HABIT),
        guarded(r"\b(?:mob|gang|crowd|group|men|lads|people)\s+outside\s+(?:\w+\s+)?(?:shouting|now|here)\b", _HABIT),
        guarded(r"\b(?:intruders?|burglars?)\b", _PAST),
        rf"\b(?:are|r|is|{_AP}s|{_AP}re)\s+(?:still\s+|now\s+)?inside\s*(?:[.!,]|$|now)",
        # coming for me now: "they're coming for us", "he's on his way here", "they're coming", "are coming in"
        rf"(?:{_BE}|\band)\s+(?:still\s+|now\s+)?(?:coming|running|heading|driving)\s+(?:at|for|after|towards?)\s+(?:me|us|my|our)\b",
        guarded(rf"\b(?:they|he|she|someone|somebody|people|they{_AP}re|theyre|he{_AP}s|hes|she{_AP}s|shes|they are|he is|she is)\s+(?:still\s+)?coming(?:\s+(?:now|here|in|back|again|up|over|inside))*\s*(?:[.!,]|$)", r"\b(?:police|officers?|social worker|worker|interpreter|engineer|repair\w*|plumber|council|nurse|doctor|ambulance)\b"),
        rf"\b(?:they|he|she|someone|somebody)(?:{_AP}re|{_AP}s| are| is| r)?\s+on\s+(?:their|his|her)\s+way(?:\s+(?:here|to (?:me|us|my|our|hurt|get|kill|attack|find)\b)|\s*(?:[.!,]|$))",
        guarded(rf"\b(?:they|he|she|someone|somebody|people|men|and)(?:{_AP}re|{_AP}s| are| is| r)?\s+(?:now\s+)?coming\s+(?:in|inside|through|up the stairs)\b", _HABIT),
        rf"{_BE}\s+(?:after|looking for|waiting for)\s+(?:me|us)\b",
        # an attack going on: "he's hitting me", "they are chasing my son", "someone is being beaten", "dog attacking me"
        guarded(rf"{_BE}\s+(?:still\s+|now\s+|just\s+)?(?:attacking|hitting|beating(?:\s+up)?|kicking|punching|stabbing|strangling|choking|dragging|chasing|following"
                r"|hurting|slapping|grabbing|pushing|shoving|jumping|mugging|robbing|pinning|surrounding|cornering|holding|pulling|biting|headbutting|battering"
                rf"|spitting (?:at|on)|shooting(?:\s+at)?|burning)\s+{_VICTIM}", _HABIT),
        guarded(r"(?:^[^\w/]*|\b(?:dog|dogs|man|men|gang|someone|somebody|people|lads|boys|guy|him)\s+)(?:attacking|hitting|beating|kicking|punching|stabbing|strangling|chasing|following|surrounding|biting)\s+(?:me|us)\b", _HABIT),
        guarded(r"\bbeing\s+(?:attacked|attaked|beaten|beat|stabbed|hit|kicked|punched|followed|chased|jumped|mugged|robbed|dragged|strangled|choked|shot|surrounded|assaulted|burgled)\b", _HABIT)
        + r"|\bgetting\s+(?:attacked|beaten|stabbed|jumped|mugged|shot)\b",
        r"\bsetting\s+(?:it|them|the dogs?|their dogs?|a dog|his dogs?|her dogs?|dogs)\s+on\s+(?:me|us|my|our)\b",
        r"\bbeen\s+(?:following|chasing)\s+(?:me|us)\s+for\s+(?:\w+\s+)?(?:minutes?|mins?)\b",
        guarded(r"\b(?:driving|speeding)\s+(?:straight\s+)?at\s+(?:me|us)\b", _PAST),
        # my home under attack now: "they're kicking the door in", "throwing bricks at the house", "someone's trying the door"
        guarded(r"\b(?:banging|kicking|punching|smashing|breaking|trying|pulling|rattling|hammering|blocking|burning|attacking|surrounding)\s+"
                r"(?:on\s+|at\s+|in\s+|down\s+|up\s+)?(?:my|our|the|his|her)\s+(?:front\s+|back\s+)?(?:doors?|windows?|door handle|letterbox|gate|house|car|mosque|church|gurdwara|temple|synagogue|shop)\b", _HABIT),
        guarded(rf"{_BE}\s+(?:still\s+|now\s+)?(?:banging|hammering)\s*(?:[.!,]|$)", _HABIT),
        guarded(rf"(?:{_BE}|^[^\w/]*)\s*(?:still\s+|now\s+)?throwing\s+(?:stones|bricks|rocks|bottles|eggs|things|stuff|petrol|fireworks|glass)\s+(?:at|through)\b", _HABIT),
        guarded(r"\bbreak(?:ing|in)\s*in(?:to)?\b", _PAST)
        + r"|\b(?:kicking|smashing|breaking)\s+(?:the\s+|my\s+|our\s+)?(?:front\s+|back\s+)?doors?\s+(?:in|down)\b",
        guarded(r"\btry(?:ing)?\s+(?:to|2)\s+(?:get in\b(?!\s*touch)|get into (?:my|our|the) (?:house|flat|home|car)|break in|kill|hurt|stab|attack|grab|drag|pull"
                r"|take (?:me|us|my)|run (?:me|us) over|open (?:the|my|our) door|force (?:the|my|our) door"
                r"|(?:kick|smash|break) (?:in |down )?(?:the|my|our) (?:front |back )?(?:door|window)|set fire|burn)", _HABIT),
        guarded(r"\b(?:shooting|stabbing|fighting|gunshots|gunfire|shots fired)\s+(?:outside|here|now|next door|in the street)\b", _HABIT)
        + rf"|\b(?:someone|somebody|they|he)(?:{_AP}s|{_AP}re| is| are)\s+shooting\b",
        guarded(r"\b(?:attack|assault|fight|stabbing|shooting|robbery|mugging|riot)\w*\s+(?:is\s+)?(?:happening|going on|in progress|taking place)\b", _HABIT),
        # a threat being carried out now: "he's threatening me right now", "he says he'll kill me now", "they're going to kill us"
        r"\b(?:threaten\w*|kill|stab|hurt|attack|burn|shoot)\w*\s+(?:me|us|my \w+|to \w+ (?:me|us|my \w+))\s+(?:right\s+)?now\b",
        guarded(rf"\b(?:going to|gonna|goin to|will|{_AP}ll)\s+(?:kill|stab|shoot|murder|hurt|attack)\s+(?:me|us|my)\b", _SAID),
        rf"\b(?:i{_AP}m|im|i am|we{_AP}re|we are)\s+(?:going to|gonna)\s+die\b",
        r"\b(?:scared|afraid|frightened|fear)\s+for\s+(?:my|our)\s+(?:life|lives)\b",
        # hurt and bleeding now: "i'm bleeding", "she's not breathing", "there's blood everywhere", "he's hurt"
        rf"{_BE}\s+(?:still\s+|badly\s+|really\s+)?(?:bleeding|unconscious|not breathing|collapsed|passed out|choking)\b",
        rf"\b(?:i|he|she|they|we)\s+(?:can{_AP}t|cant|cannot|isn{_AP}t|is not)\s+breath(?:e|ing)\b|\bblood (?:everywhere|all over|pouring)|\blots? of blood\b",
        guarded(rf"(?:\b(?:has|have|i{_AP}ve|ive)|{_AP}s|{_AP}ve)\s+(?:just\s+)?been\s+(?:stabbed|shot|knifed|glassed|bottled)\b", _PAST),
        guarded(rf"{_BE}\s+(?:really\s+|badly\s+|seriously\s+|very\s+)?(?:hurt|injured|wounded)(?:\s+(?:badly|bad|now))?\s*(?:[.!,]|$|and\b|help)", r"\b(?:no one|noone|no-one|nobody|feelings)\b"),
        guarded(rf"(?:{_AP}ve|\bhave|\bhas|{_AP}s)\s+(?:badly\s+|really\s+)?(?:hurt|injured)\s+(?:me|us|him|her|my (?!feelings)\w+)\s+(?:badly|bad|really bad)\b", _PAST),
        # moments ago and not over: "they've just smashed my window", "i've just been punched", "they've cornered me"
        guarded(r"\bjust\s+(?:been\s+|got\s+)?(?:attacked|stabbed|hit|punched|kicked|beaten|assaulted|jumped|mugged|shot|smashed|threw|thrown|set|broke|broken|bricked|pulled|lit)\b", _PAST),
        guarded(r"(?:\b(?:has|have)|['’]s|['’]ve)\s+(?:just\s+)?(?:surrounded|cornered|pulled a (?:knife|gun|blade))\b", _PAST),
        # held now: "he's got my neck", "he's got hold of my daughter"; a child taken: "they've taken my son"
        rf"(?:{_AP}s|{_AP}ve|\bhas|\bhave|\bhes)\s+got\s+(?:hold of\s+)?(?:me|us|him|her|my (?:neck|throat|hair|arm|son|daughter|kid|kids|child|children|baby|wife|husband|mum|mom|dad|brother|sister|friend))\b",
        guarded(r"\b(?:took|taken|grabbed|snatched|kidnapped|abducted)\s+(?:my|our)\s+(?:child|son|daughter|baby|kid|kids|children|boy|girl)\b(?!['’]s)", (_PAST, r"\b(?:social services|police|council|care|hospital|school|nursery)\b")),
        # fire and smoke now: "the house is on fire", "the door's burning", "it's spreading", "smoke in the hallway", "fire!"
        rf"{_BE}\s+(?:now\s+|still\s+)?(?:on fire(?! sale)|burning(?!\s+(?:from|with|up)\b)|alight|in flames|ablaze|filling (?:up )?with smoke|full of smoke)\b",
        rf"\b(?:fire|flames?|smoke|it)\s*(?:{_AP}s| is)\s+(?:now\s+)?spreading\b",
        r"^[^\w/]*fire\b(?:\s+(?:at|in|outside)\s+(?:my|our|the)\s+\w+)?(?:\s+(?:now|help|please))*\W*$",
        rf"\bthere(?:{_AP}s| is)\s+(?:a\s+)?fire\b(?!\s+(?:door|alarm|exit|station|brigade|safety|risk|hazard|extinguisher))",
        r"\bsetting\s+(?:fire|light|alight)\b|\bsetting\s+(?:\w+\s+){1,3}(?:on fire|alight|ablaze)\b",
        r"\b(?:smoke|fumes)\s+(?:everywhere|(?:in|filling) (?:the|my|our) (?:hall|hallway|house|flat|room|stairs|stairwell|kitchen|corridor|building|block|landing))"
        r"|\bsmell\w*\s+(?:smoke|petrol|burning)\b",
        guarded(r"\b(?:fire\s*bomb|firebomb|petrol bomb|molotov)", _PAST),
        rf"\b(?:they|he|she)(?:{_AP}ll| will| can| could| might)\s+hear\s+(?:me|us)\b(?!\s*out)",
    ],
}


def _merge_languages() -> None:
    from bot.intake.languages import iter_languages

    for code, module in iter_languages():
        if hasattr(module, "DANGER_PATTERNS"):
            DANGER_PATTERNS[code] = module.DANGER_PATTERNS


_merge_languages()
_COMPILED = {lang: [re.compile(p, re.IGNORECASE) for p in pats] for lang, pats in DANGER_PATTERNS.items()}


def mentions_danger(text: str) -> bool:
    """True when any language's danger pattern matches: danger must not wait for language detection."""
    sample = (text or "")[:2000]
    return any(p.search(sample) for pats in _COMPILED.values() for p in pats)

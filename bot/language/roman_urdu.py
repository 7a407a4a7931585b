"""Roman Urdu (Urdu typed in Latin letters): a word list, because no detector we have knows it.

lingua and langdetect both take Roman Urdu for English (or Polish, Romanian...), and there is no
maintained Roman Urdu identifier on PyPI, so we count its common function words and everyday
words. Words that are also ordinary English, Polish or Romanian words count half.
"""
from typing import Iterable

STRONG = frozenset("""
hai hain hay hy nahi nahin nai nhi nahi mera meri mere mujhe mujhy mjhe muje mujh mujhko kya kia kyun kyon
kyu tha thi thay thay raha rahi rahe rhe rha rhi gaya gayi gaye gya gyi wala wali wale walay bhai behen
behan ji jee aap aapka aapki aapke apka apki apke apna apni apne hum hamara hamari hamare humara humari tum
tumhara tumhari yeh woh kuch kuchh bahut bohat bohot bht kar karo karna karni karne karta karti karte kiya kiye kiyaa ki ke
ka ko mein mujhse aur lekin magar bhi sirf abhi kab kahan kahaan kaise kaisay kaun koi hua hui huwa hue
ghar pareshan pareshaan madad shukriya shukria haan theek thik acha achha accha bura log larka larki larke
galiyan gaali gali dhamki dhamkiyan maara mara maarta padosi parosi humsaya humsaye salam assalam
assalamualaikum alaikum walaikum khuda hafiz inshallah baat bola boli bole dekha dekho kaha kehte kehta kehti
samajh pata maloom malum zara jaldi raat subah shaam dost bacha bachay bachon bachche aurat musalman gora nafrat
darr darta darti darte khatra khatrah chaqoo chaaku jaan naam nahi kyunke kyunki kyonke isliye phir
dobara baar roz har waqt abhi chahiye chahta chahti chahte sakta sakti sakte saktay karwana karwani
batana batao bataya bata hoga hogi honge wahan yahan idhar udhar unhon unho usne usko unko inko isko mujhay
hamein humein tumhe tumhen aapko zaroorat zarurat sath saath pehle baad andar bahar darwaza darwazay gaari
gari khidki toot tooti tor diya deewar diwar baatein likhi likh likha ande anday phenke phenk phenka teen chaar pichle pichla hafte hafta ho aoa walaikumsalam diye liya liye gayi gai
ek zyada ziada bhejein bhejain bhejen karein karen kijiye kijie likhein likhen jayein niklein foran fauran
seedha khulasa qaumiyat shehriyat mazhab aqeeda tasveerein tasveer tasweer darwaze ghanti jagah mushtarka
kisi chot lagi deewaron likhai khayal unhein unhe inhein nishana banaya mazoori jinsi rujhan shanakht saboot
gawah aisi jis mutasira shakhs kamzor jaise sehat akele rehna lagta meherbani mehrbani koshish chhoro
zabaan zaban chunein ruko shikayat waqia waqiya rabta hifazat mehfooz mahfooz tarjuman aam
""".split())
# Also everyday words in English, Polish or Romanian: half a vote each.
WEAK = frozenset("main mai to na se ne pe par dar din kal aaj log bol mat han ap ye wo me bura hi jo ya hon agar"
                 .split())

MIN_SCORE = 1.0


def score(words: Iterable[str]) -> float:
    return sum(1.0 if w in STRONG else 0.5 if w in WEAK else 0.0 for w in words)


def looks_roman_urdu(words) -> bool:
    """At least one strong word and a third of the words (weighted) from the list."""
    words = list(words)
    if not words:
        return False
    s = score(words)
    return s >= MIN_SCORE and s / len(words) >= 1 / 3

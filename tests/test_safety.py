"""The English danger rule (bot/safety.py): present danger matches, reports of the past do not."""
import re

import pytest

from bot.safety import DANGER_PATTERNS, mentions_danger


@pytest.mark.parametrize("text", [
    "help", "Help.", "HELP", "heeelp", "heeeeelp!!", "helpppp!!!", "help!!", "help!", "help me", "help please",
    "help me please", "HELP US PLEASE", "help help", "heelp me plz", "please help us", "pls pls help",
    "someone help!!", "somebody help me",
])
def test_a_bare_plea_for_help(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "help, there's a man outside with a bat", "ring 999 please", "could you call the police for me",
    "call an ambulance now", "call the police! they're here", "send the police quick", "we need the police right now",
    "i need an ambulance", "police now!!", "ambulance please", "this is a real emergency", "emergency!!", "urgent!",
    "come quick please", "please hurry they're here", "police and ambulance please", "call the police he's here what do i do",
])
def test_a_call_for_help_now(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    # trapped, hiding, not safe
    "i'm hiding in the loo", "we are trapped in the flat", "my kids are in danger", "i'm not safe",
    "im stuck upstairs and they're downstairs", "he won't let me leave the room", "i can't get out",
    # someone at or in my home now
    "they're in my garden right now", "there's someone in our hallway", "a gang is on my landing", "they're back again",
    "theyre outside my flat", "the men are at our door now", "there's an intruder downstairs", "burglar in my house",
    # coming for me now
    "he's coming at me with a hammer", "they're heading for us", "he is on his way here",
    # an attack going on
    "theyre chasing me", "he is punching my brother", "she's choking me", "someone is getting beaten up outside",
    "my friend is being attacked", "im being followed by a van", "they're smashing up my car",
    "they are kicking the front door in", "they're throwing bricks through my window", "someone's trying to break in",
    "he's trying to get in through the window", "a man is trying to grab my daughter", "he's got hold of my arm",
    "people are setting their dogs on us", "fight going on outside now", "they're shooting", "gunshots outside",
    "they've taken my son",
    # weapons held now
    "hes got a knife and he's outside", "they've got guns", "a lad with a machete at the shops",
    "armed men outside the mosque", "they're armed with bats",
    # a threat being carried out now
    "he's threatening us right now", "i think he's going to kill me", "im going to die",
])
def test_danger_now(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "i'm bleeding", "my dad is bleeding badly", "he's not breathing", "she can't breathe", "my brother's been stabbed",
    "my wife is badly hurt", "they've just attacked my son", "i've just been punched in the face",
])
def test_hurt_now(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "my flat is on fire", "the kitchen's on fire", "the car is burning", "smoke everywhere in the flat",
    "there's a fire at the door", "i can smell petrol through the letterbox", "they're setting fire to the car",
    "the fire is spreading",
])
def test_fire_now(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "yesterday he had a knife", "a man with a knife threatened me last week", "last month they pulled a knife on my son",
    "he had a knife in his bag", "he threatened me with a knife", "a man with a knife attacked my brother",
    "he hit my son with a bat", "i was in danger", "we were trapped in the shop for an hour last year",
    "i was hiding in the toilet when it happened", "i got punched last saturday outside the pub",
    "there was a fight outside my flat last night", "they came to my house last week and smashed the windows",
    "someone broke into my car on tuesday", "we had a break in last month", "we had intruders last year",
    "our recycling bin set on fire", "someone set fire to our bins on sunday", "my shed was set alight last week",
    "my car was set on fire", "they threw a petrol bomb at the mosque last year", "social services took my kids",
])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)


@pytest.mark.parametrize("text", [
    "he said he'll burn the house down", "they said they're going to kill us", "he threatened to stab me if i report it",
    "i'm scared they will hurt me one day", "my social worker said she's coming",
])
def test_threat_of_future_harm_is_not_danger(text):
    assert not mentions_danger(text)


@pytest.mark.parametrize("text", [
    "he follows me home every day", "he used to follow me home", "they're always outside my house shouting",
    "they keep throwing eggs at my windows", "kids at school are hitting my son because he's black",
    "they're harassing me online", "someone is following me on instagram", "they are threatening me on facebook",
    "my neighbour keeps threatening me", "he's been hitting me for years", "they are shouting at us every night",
    "they have been throwing things at our house for months", "my son is being bullied", "they are attacking my religion",
    "help they keep messaging me online",
])
def test_ongoing_or_online_harassment_is_a_report(text):
    assert not mentions_danger(text)


@pytest.mark.parametrize("text", [
    "help with my report please", "can you help me fill in the form", "i need help reporting a hate crime",
    "i need help now with the form", "i need help, i can't sleep since it happened", "what help can my family get",
    "help and advice about hate crime", "who can help my mum with this", "hello, i need some help with something",
    "thank you so much for the help", "help in polish", "where can i get someone to talk to",
    "should i ring 999 or 101", "should i call the police", "when should i ring the police", "can i call 999",
    "should i get the police", "how do i get the police", "do i need the police", "i dont need an ambulance",
    "i called the police yesterday", "i rang 999 when it happened", "the police are here now", "the police are following up my case",
    "who is following up my report", "no police thank you", "police information please", "police number please",
    "please can you call me back", "call me on my mobile", "phone the housing office",
    "police and council", "police and housing", "is this an emergency?", "it's not an emergency", "if it's an emergency what do i do", "non emergency number",
    "it's not urgent", "is it urgent",
])
def test_asking_about_help_or_the_police_is_not_danger(text):
    assert not mentions_danger(text)


@pytest.mark.parametrize("text", [
    "not right now thanks", "i'm busy right now", "the lift is broken", "the lift in our block is broken again",
    "the car park gate is stuck", "i'm stuck on this question", "i'm stuck at home with covid",
    "the drain outside our house is blocked", "water is coming through my ceiling", "the fire door won't close",
    "the smoke alarm keeps beeping", "smoke from next door's bonfire", "the shop is on fire sale",
    "my hands are burning from the cold", "next door's dog keeps coming in our garden", "when is the plumber coming",
    "is someone coming to fix my door", "when is he coming?", "they're back at school", "he's back from holiday",
    "they're in the house next door and they play loud music", "they're waiting for the bus", "he's looking for a new job",
    "he's holding a grudge", "he's hitting on me", "he's got my number", "they've got my address",
    "my landlord won't let me leave my tenancy", "i can't get out of my contract", "the council is breaking the law",
    "my ex is spreading lies about me", "i'm here to report racist abuse", "i'm hiding my identity from them",
    "my daughter won't go outside now",
])
def test_ordinary_message_is_not_danger(text):
    assert not mentions_danger(text)


@pytest.mark.parametrize("text", [
    "i'm afraid to leave the house", "i'm scared to go out since the attack", "i don't feel safe in my area",
    "i'm not safe walking home at night anymore", "nobody got hurt thank god", "luckily i wasn't hurt",
    "no one is hurt", "i'm hurt by what they said", "my feelings are hurt",
])
def test_fear_in_general_or_no_harm_is_not_danger(text):
    assert not mentions_danger(text)


@pytest.mark.parametrize("text", ["/emergency", "\u2060/emergency", "/help", '/affirm{"consent_police": true}'])
def test_intent_syntax_is_not_an_english_plea(text):
    assert not any(re.search(p, text, re.IGNORECASE) for p in DANGER_PATTERNS["en"])


@pytest.mark.parametrize("text", [
    "he has a knife outside my door", "دورمونو گرفتن",
    "چەقۆی پێیە", "تو انباری قایم شدیم", "ئێستا دەوری ئۆتۆمبێلەکەمیان داوە",
])
@pytest.mark.parametrize("before", ["hi\n", "salam\r\n", "ok\n\n"])
def test_danger_on_a_later_line_still_counts(before, text):
    """A greeting on its own line first (Telegram and web chat keep line breaks)."""
    assert mentions_danger(text)
    assert mentions_danger(before + text)

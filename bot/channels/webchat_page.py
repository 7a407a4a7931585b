"""The web chat page: languages, the Jinja environment (GOV.UK Frontend macros), security headers."""
from functools import lru_cache
from pathlib import Path
from typing import Optional

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, PrefixLoader, select_autoescape
from werkzeug.datastructures import LanguageAccept
from werkzeug.http import parse_accept_header

from bot.bidi import RTL_LANGUAGES
from bot.i18n import DEFAULT_LANGUAGE, gettext_for
from bot.language.codes import NATIVE_NAMES

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"

# The selector shows each language in its own name and script, so a reporter finds theirs
# without reading English.
LANGUAGES = NATIVE_NAMES
# A neutral, busy site: what someone looking over the reporter's shoulder sees after exit.
EXIT_URL = "https://www.bbc.co.uk/weather"
MAX_ACCEPT_LANGUAGE = 500  # characters of the header worth parsing


def language_from_choice(value: object) -> Optional[str]:
    return value if isinstance(value, str) and value in LANGUAGES else None


def language_from_header(accept_language: Optional[str]) -> Optional[str]:
    """The supported language the browser prefers most (werkzeug parses q-values and ranges)."""
    if not accept_language:
        return None
    accept = parse_accept_header(accept_language[:MAX_ACCEPT_LANGUAGE], LanguageAccept)
    # Compare primary tags, so "en-GB" at q=1 beats "pl" at q=0.2.
    primary = LanguageAccept([(value.split("-")[0].lower(), q) for value, q in accept])
    return primary.best_match(list(LANGUAGES))


def text_direction(lang: str) -> str:
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


@lru_cache(maxsize=None)
def environment(lang: str) -> Environment:
    """One environment per language, so each has its own gettext installed once, not per request."""
    env = Environment(
        loader=ChoiceLoader([
            FileSystemLoader(TEMPLATES),
            PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
        ]),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
    )
    _ = gettext_for(lang)
    # The page has no plural strings; ngettext is there for the extension's {% trans %} blocks.
    env.install_gettext_callables(gettext=_, ngettext=lambda s, p, n: _(s if n == 1 else p), newstyle=True)
    return env


def render_page(lang: str, explicit: bool, nonce: str, base: str) -> str:
    html = environment(lang).get_template("webchat.html").render(
        lang=lang, explicit=explicit, cspNonce=nonce, base=base, languages=LANGUAGES,
        direction=text_direction(lang), exit_url=EXIT_URL,
        assetPath=f"{base}/assets/govuk/assets",
    )
    # GOV.UK Frontend's page template has no option for <html dir>: add it to the root element.
    return html.replace(f'<html lang="{lang}"', f'<html lang="{lang}" dir="{text_direction(lang)}"', 1)


def security_headers(nonce: Optional[str] = None) -> dict:
    """A strict CSP: everything from this origin; the template's one inline script by nonce."""
    scripts = f"'self' 'nonce-{nonce}'" if nonce else "'self'"
    policy = (
        f"default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self'; "
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    )
    return {
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        # The exit goes to another site: it must not learn where the reporter came from.
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }


DEFAULT = DEFAULT_LANGUAGE

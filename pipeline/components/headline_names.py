"""Organizations an interview's headline names: "Marta Giordanengo (Elix Langhe): «...»" puts the
company of the person who speaks in brackets, a news convention that tells the name is a company's even
where the article opens on it with nothing around it ("Elix Langhe alleva chiocciole ...")."""

from __future__ import annotations

import re

#: A person (one to four capitalized words) and, in brackets before a colon, the company they speak for.
INTERVIEW_HEADLINE = re.compile(
    r"^\s*(?:[A-ZÀ-Ú][\w'’.-]*\s+){0,3}[A-ZÀ-Ú][\w'’-]*\s*\((?P<company>[A-ZÀ-Ú0-9][^()]{1,60})\)\s*:"
)


def interviewed_company(title: str | None) -> str | None:
    """The company an interview's headline names in brackets after the speaker, if any."""
    match = INTERVIEW_HEADLINE.match(title or "")
    return match.group("company").strip() if match else None

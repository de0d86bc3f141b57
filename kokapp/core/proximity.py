"""Business and cultural proximity to Türkiye, 0 (far) to 1 (close): the "kökselleşme" factors an
SME names when it says a market is *near* — how easily its staff travel there, whether its
investment and profits are protected by treaty, whether people speak a Turkic language, and
how many people from Türkiye already live there.

Each component is a fact with its own source (rows of ``country_factors.csv``), scored 0-1:

- ``bit_in_force``: a bilateral investment treaty with Türkiye in force (1) or not (0);
- ``dtt_in_force``: a double taxation treaty with Türkiye in force (1) or not (0);
- ``visa_turkish_citizens``: entry for Turkish citizens visa-free (1), with a visa on arrival
  or an electronic visa (0.5), or with a visa applied for in advance (0);
- ``turkic_language``: a Turkic language is official (1) or not (0);
- ``turkish_born_residents``: people born in Türkiye living there, on a log scale: 0 at 1,000
  or fewer, 1 at 1,000,000 or more ((log10 n - 3) / 3).

The score is the plain mean of the components known for the country — Kök's own equal weighting,
named as an assumption in the sources — and needs at least three of the five; with fewer it is
no figure, never a guess.
"""

from __future__ import annotations

import math

COMPONENTS = ("bit_in_force", "dtt_in_force", "visa_turkish_citizens", "turkic_language", "turkish_born_residents")
MIN_COMPONENTS = 3


def component_score(name: str, value: float) -> float:
    if name == "turkish_born_residents":
        return min(max((math.log10(max(value, 1.0)) - 3.0) / 3.0, 0.0), 1.0)
    return float(value)


def proximity(rows: dict[tuple[str, str], dict], iso2: str) -> tuple[float | None, dict[str, float]]:
    """(score or None, the component scores known) for a country from its country_factors rows;
    Türkiye itself (keeping production at home) is as close as it gets: 1."""
    if iso2 == "TR":
        return 1.0, {}
    known = {name: component_score(name, float(rows[(iso2, name)]["value"]))
             for name in COMPONENTS if (iso2, name) in rows}
    if len(known) < MIN_COMPONENTS:
        return None, known
    return sum(known.values()) / len(known), known

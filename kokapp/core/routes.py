"""Route facts of the lane network: legs, countries, border crossings, ferries, transit regime.

Routing happens at data-build time (``tools/build_network.py``); this module only reads the
result. A route is a list of legs (road legs with the countries they pass and the crossings
they use; ferry and fixed-link legs with their line), as stored in ``land_distances.legs``:
``mode:from:to:km:countries:crossings-or-link`` joined by ``;``.

Scenarios: a project may close one of the busiest customs crossings (the routes that used it
come from ``route_scenarios.csv``) and close a sea chokepoint (Bab-el-Mandeb or Suez: sea
distances from the matching column of ``sea_distances.csv``).
"""

from __future__ import annotations

from dataclasses import dataclass

from kokapp.core.datapack import DataPack

SEA_CLOSURES = ("bab_el_mandeb", "suez")
SEA_COLUMN = {"": "sea_nm", "bab_el_mandeb": "sea_nm_bab_el_mandeb_closed", "suez": "sea_nm_suez_closed"}
CTC_BLOC = "CTC"     # parties to the Common Transit Convention (blocs.csv)


@dataclass(frozen=True)
class RouteScenario:
    closed_crossing: str = ""     # route_crossings.crossing_id, or ""
    sea_closure: str = ""         # one of SEA_CLOSURES, or ""

    @property
    def active(self) -> bool:
        return bool(self.closed_crossing or self.sea_closure)


@dataclass(frozen=True)
class RouteLeg:
    mode: str                      # road, ferry, fixed_link, roro_line, sea
    start: str                     # site id, market ISO2 or port UN/LOCODE
    end: str
    km: float
    countries: tuple[str, ...] = ()
    crossings: tuple[str, ...] = ()
    link: str = ""                 # ferry_links.link_id of a ferry, fixed link or Ro-Ro line


def parse_legs(text: str) -> tuple[RouteLeg, ...]:
    legs = []
    for part in filter(None, text.split(";")):
        mode, start, end, km, countries, tail = part.split(":")
        road = mode == "road"
        legs.append(RouteLeg(mode, start, end, float(km), tuple(filter(None, countries.split("+"))),
                             tuple(filter(None, tail.split("+"))) if road else (), "" if road else tail))
    return tuple(legs)


class RouteBook:
    """Names and facts behind route ids: crossings, ferry lines, border warnings, transit regime."""

    def __init__(self, pack: DataPack):
        self.crossings = pack.index("route_crossings", "crossing_id")
        links = pack.index("ferry_links", "link_id")
        times = pack.index("ferry_routes", "link_id")
        ports = dict(zip(pack.column("ports", "locode"), pack.column("ports", "name")))
        self.links = {k: {**links[k], **times.get(k, {}),   # the ports table's short names for display
                          "port_a_name": ports.get(links[k]["port_a"], links[k]["port_a_name"]),
                          "port_b_name": ports.get(links[k]["port_b"], links[k]["port_b_name"])} for k in links}
        self._roro_lines = [link for link in self.links.values()        # asked for on every lane
                            if link["kind"] == "roro_line" and link.get("routed") == "yes"]
        self._warnings = {}
        for row in pack.records("closed_borders"):
            if row["routing"] == "open":
                self._warnings[frozenset((row["country_a"], row["country_b"]))] = row
        blocs = list(zip(pack.column("blocs", "bloc"), pack.column("blocs", "iso2")))
        self._ctc = {iso2 for bloc, iso2 in blocs if bloc == CTC_BLOC}
        self._territory = {iso2: bloc for bloc, iso2 in blocs if bloc in ("EU", "EAEU")}
        self._waits = [(set(r["countries_a"].split()), set(r["countries_b"].split()), r)
                       for r in pack.records("border_waits")]
        self._pack = pack

    @classmethod
    def of(cls, pack: DataPack) -> "RouteBook":
        """The pack's route book, made once (kept with the pack's other derived tables)."""
        return pack.derived("route_book", lambda: cls(pack))

    @property
    def scenario_crossings(self) -> list[str]:
        """The crossings a project may close, busiest first (from route_crossings.csv, so the large
        scenario table is read only when one is closed)."""
        closable = [c for c, row in self.crossings.items() if row["closable"] == "yes"]
        return sorted(closable, key=lambda c: -self.crossings[c]["routes_from_tr_hubs"])

    def crossing_name(self, crossing_id: str) -> str:
        row = self.crossings.get(crossing_id)
        return row["name"] if row else crossing_id

    def customs_border(self, a: str, b: str) -> bool:
        """Goods going from country a to b cross a customs border (the EU and the EAEU count as
        one customs territory each)."""
        return self._territory.get(a, a) != self._territory.get(b, b)

    def is_customs(self, crossing_id: str) -> bool:
        """A crossing between two customs territories."""
        row = self.crossings.get(crossing_id)
        return bool(row) and self.customs_border(row["country_a"], row["country_b"])

    def scenario_problem(self, scenario: RouteScenario) -> tuple[str, str] | None:
        """(field, message) when the scenario names a crossing or strait Kök cannot close."""
        if scenario.sea_closure and scenario.sea_closure not in SEA_CLOSURES:
            return "sea_closure", f"must be one of {', '.join(SEA_CLOSURES)}"
        if scenario.closed_crossing and scenario.closed_crossing not in self.scenario_crossings:
            return "closed_crossing", "is not a crossing Kök can close"
        return None

    def warnings(self, countries: tuple[str, ...]) -> list[dict]:
        """Restricted or recently reopened borders the route crosses (closed_borders.csv rows)."""
        found = []
        for a, b in zip(countries, countries[1:]):
            row = self._warnings.get(frozenset((a, b)))
            if row and row not in found:
                found.append(row)
        return found

    def transit_regime(self, countries: tuple[str, ...], customs_borders: int) -> str:
        """``none`` (no customs border), ``common_transit`` (every country a party to the Common
        Transit Convention: one NCTS declaration) or ``tir`` (a TIR carnet across the others)."""
        if customs_borders == 0:
            return "none"
        return "common_transit" if set(countries) <= self._ctc else "tir"

    def wait_hours(self, a: str, b: str, level: str, default_hours: float) -> float:
        """Waiting hours at the customs border between a and b (border_waits.csv, first group
        holding the pair; else the default, the freight parameter)."""
        for left, right, row in self._waits:
            if (a in left and b in right) or (b in left and a in right):
                return row[f"{level}_hours"]
        return default_hours

    def roro_lines(self) -> list[dict]:
        return self._roro_lines

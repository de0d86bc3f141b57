"""Shortest routes over the road graph with closures, ferries and fixed links (build time).

A route is a list of legs: road legs between places and ferry ports (each with the countries
it passes in order and the border crossings it uses) and ferry or fixed-link legs. Legs are
written in one CSV field, ``mode:from:to:km:countries:crossings-or-link`` joined by ``;``
(countries and crossings joined by ``+``); ``kokapp.core.routes`` reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import searoute
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from network_edges import geodesic_km

BATCH = 24


def sea_nm(a: dict, b: dict) -> float:
    route = searoute.searoute((float(a["lon"]), float(a["lat"])), (float(b["lon"]), float(b["lat"])),
                              units="naut")
    straight = geodesic_km((float(a["lat"]), float(a["lon"])), (float(b["lat"]), float(b["lon"]))) / 1.852
    return max(float(route["properties"]["length"]), straight)


@dataclass
class Leg:
    mode: str                       # road, ferry, fixed_link
    start: str
    end: str
    km: float
    countries: list[str] = field(default_factory=list)
    crossings: list[str] = field(default_factory=list)
    link: str = ""

    def encode(self) -> str:
        tail = self.link if self.mode != "road" else "+".join(self.crossings)
        return f"{self.mode}:{self.start}:{self.end}:{self.km:.1f}:{'+'.join(self.countries)}:{tail}"


@dataclass
class Route:
    legs: list[Leg]
    customs_borders: int
    borders: int
    closed_on_open_path: list[str] = field(default_factory=list)
    border_hours: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def crossing_ids(self) -> list[str]:
        return [c for leg in self.legs for c in leg.crossings]


class Network:
    def __init__(self, graph, freight: dict, territory: dict[str, str], crossings, closed, waits):
        self.graph, self.f, self.territory, self.crossings, self.closed = graph, freight, territory, crossings, closed
        self.waits = waits          # (country, country) -> waiting hours (low, base, high) at that customs border
        n = len(graph.lat)
        self.n = n
        self.edge_crossing: dict[int, object] = {}
        for crossing in crossings:
            for e in crossing.edges:
                self.edge_crossing[int(graph.rows[e]) * n + int(graph.cols[e])] = crossing
        rate = freight[("road_ftl", "rate_per_km")]
        self.km_per_day = freight[("road_ftl", "km_per_day")]
        self.border_fee_km = freight[("road_ftl", "border_cost")] / rate
        # an unlisted crossing on a border with listed truck posts costs the high waiting time
        self.unlisted_penalty = freight[("road_ftl", "border_delay_days_high")] * self.km_per_day
        self.rate = rate
        self.extra: list[tuple[int, int, float, float, dict]] = []   # u, v, weight, km, link row
        self.link_at: dict[int, dict] = {}
        self.links: dict[str, dict] = {}
        self._matrices: dict[bool, tuple] = {}

    def customs(self, a: str, b: str) -> bool:
        return self.territory.get(a, a) != self.territory.get(b, b)

    def border_penalty(self, a: str, b: str) -> float:
        """A customs border in km: its fee at the km rate plus its base waiting hours as lost driving."""
        return self.border_fee_km + self.waits(a, b)[1] / 24 * self.km_per_day

    def add_link(self, link: dict, u: int, v: int, nm: float, ends: tuple[str, str]) -> None:
        hours = float(link["hours_base"])
        wait = float(link["wait_hours"])
        fare = 0.0 if link["kind"] == "fixed_link" else (
            self.f[("roro", "trailer_fixed")] + self.f[("roro", "rate_per_nm")] * nm)
        km = nm * 1.852
        weight = (km if link["kind"] == "fixed_link" else fare / self.rate) + (hours + wait) / 24 * self.km_per_day
        if self.customs(*ends):
            weight += self.border_penalty(*ends)
        info = {**link, "nm": nm}
        for a, b in ((u, v), (v, u)):
            self.extra.append((a, b, weight, km, info))
            self.link_at[a * self.n + b] = info
        self.links[link["link_id"]] = info

    def matrices(self, closed_crossing: str = "", open_all: bool = False):
        if closed_crossing:          # a scenario's graph is used once: not kept
            return self._build(closed_crossing, open_all)
        if open_all not in self._matrices:
            self._matrices[open_all] = self._build("", open_all)
        return self._matrices[open_all]

    def _build(self, closed_crossing: str, open_all: bool):
        g = self.graph
        ca, cb = g.country[g.rows], g.country[g.cols]
        border = (ca != cb) & (ca != "") & (cb != "")
        weight = g.km.copy()
        keep = np.ones(len(weight), bool)
        for i in np.flatnonzero(border):
            if self.customs(ca[i], cb[i]):
                weight[i] += self.border_penalty(ca[i], cb[i])
            if not open_all and frozenset((ca[i], cb[i])) in self.closed:
                keep[i] = False
        truck_pairs = {frozenset((c.country_a, c.country_b)) for c in self.crossings if c.truck}
        for crossing in self.crossings:     # customs borders: trucks clear customs at listed posts
            pair = frozenset((crossing.country_a, crossing.country_b))
            if crossing.truck or pair not in truck_pairs or not self.customs(crossing.country_a, crossing.country_b):
                continue
            if crossing.named_from == "curated":     # listed as no truck customs post (e.g. Dereköy)
                keep[crossing.edges] = False
            else:       # unlisted: only where no listed post is within a long detour; flagged on the route
                weight[crossing.edges] += self.unlisted_penalty
        if closed_crossing:
            for crossing in self.crossings:
                if crossing.crossing_id == closed_crossing:
                    keep[crossing.edges] = False
        rows = np.concatenate([g.rows[keep], [e[0] for e in self.extra]]).astype(np.int64)
        cols = np.concatenate([g.cols[keep], [e[1] for e in self.extra]]).astype(np.int64)
        w = np.concatenate([weight[keep], [e[2] for e in self.extra]])
        km = np.concatenate([g.km[keep], [e[3] for e in self.extra]])
        order = np.lexsort((w, cols, rows))          # keep the lightest of parallel edges
        rows, cols, w, km = rows[order], cols[order], w[order], km[order]
        first = np.ones(len(rows), bool)
        first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
        rows, cols, w, km = rows[first], cols[first], w[first], km[first]
        weights = csr_matrix((np.maximum(w, 1e-6), (rows, cols)), shape=(self.n, self.n))
        lengths = csr_matrix((np.maximum(km, 1e-6), (rows, cols)), shape=(self.n, self.n))
        weights.sort_indices()
        lengths.sort_indices()
        return weights, lengths

    def route_all(self, pairs, nodes, places, closed_crossing: str = "") -> dict:
        weights, lengths = self.matrices(closed_crossing)
        out: dict = {pair: None for pair in pairs if pair[0] not in nodes or pair[1] not in nodes}
        pairs = [pair for pair in pairs if pair not in out]
        sources = sorted({a for a, _ in pairs})
        unreachable = []
        for start in range(0, len(sources), BATCH):
            batch = sources[start:start + BATCH]
            dist, pred = dijkstra(weights, indices=[nodes[s][0] for s in batch], return_predecessors=True)
            for i, s in enumerate(batch):
                for a, b in pairs:
                    if a != s:
                        continue
                    if not np.isfinite(dist[i, nodes[b][0]]):
                        out[(a, b)] = None
                        unreachable.append((a, b))
                        continue
                    out[(a, b)] = self._walk(pred[i], lengths, nodes, places, a, b)
        if unreachable and not closed_crossing:
            self._explain(unreachable, nodes, out)
        return out

    def _explain(self, pairs, nodes, out) -> None:
        """Pairs with no route: note the closed borders the open network's route would cross."""
        weights, _ = self.matrices(open_all=True)
        sources = sorted({a for a, _ in pairs})
        dist, pred = dijkstra(weights, indices=[nodes[s][0] for s in sources], return_predecessors=True)
        g = self.graph
        for a, b in pairs:
            i = sources.index(a)
            target = nodes[b][0]
            if not np.isfinite(dist[i, target]):
                continue
            closed, v = [], target
            while pred[i, v] >= 0:
                u = pred[i, v]
                pair = frozenset((g.country[u], g.country[v]))
                if pair in self.closed and "-".join(sorted(pair)) not in closed:
                    closed.append("-".join(sorted(pair)))
                v = u
            out[(a, b)] = Route([], 0, 0, closed[::-1])

    def _walk(self, pred, lengths, nodes, places, a: str, b: str) -> Route:
        g, n = self.graph, self.n
        path = [nodes[b][0]]
        while pred[path[-1]] >= 0:
            path.append(int(pred[path[-1]]))
        path.reverse()
        legs: list[Leg] = []
        leg = Leg("road", a, "", nodes[a][1], [places[a][2]])
        customs = borders = 0
        hours = np.zeros(3)
        for u, v in zip(path, path[1:]):
            key = u * n + v
            start, end = lengths.indptr[u], lengths.indptr[u + 1]
            j = start + np.searchsorted(lengths.indices[start:end], v)
            km = float(lengths.data[j])
            link = self.link_at.get(key)
            if link is not None:
                port_from = link["port_a"] if nodes[link["port_a"]][0] == u else link["port_b"]
                port_to = link["port_b"] if port_from == link["port_a"] else link["port_a"]
                leg.end = port_from
                legs.append(leg)
                ends = [places[port_from][2], places[port_to][2]]
                legs.append(Leg(link["kind"], port_from, port_to, km, ends, [], link["link_id"]))
                if self.customs(*ends):
                    customs += 1
                    hours += self.waits(*ends)
                if ends[0] != ends[1]:
                    borders += 1
                leg = Leg("road", port_to, "", 0.0, [ends[1]])
                continue
            leg.km += km
            crossing = self.edge_crossing.get(key)
            if crossing is not None:
                after = g.country[v]
                leg.crossings.append(crossing.crossing_id)
                leg.countries.append(after)
                borders += 1
                if self.customs(g.country[u], after):
                    customs += 1
                    hours += self.waits(g.country[u], after)
        leg.end = b
        leg.km += nodes[b][1]
        legs.append(leg)
        return Route([x for x in legs if x.mode != "road" or x.km > 0 or len(legs) == 1], customs, borders,
                     border_hours=tuple(float(h) for h in hours))

    def crossing_rows(self, usage: dict[str, int]) -> list[dict]:
        return [{"crossing_id": c.crossing_id, "name": c.name, "country_a": c.country_a, "country_b": c.country_b,
                 "lat": round(c.lat, 4), "lon": round(c.lon, 4), "named_from": c.named_from,
                 "closed": "yes" if frozenset((c.country_a, c.country_b)) in self.closed else "no",
                 "truck_customs": "yes" if c.truck else "",
                 "routes_from_tr_hubs": usage.get(c.crossing_id, 0), "source_url": c.source_url,
                 "source_id": "kok_lane_network"}
                for c in self.crossings]


def describe(net: Network, pair: tuple[str, str], route: Route | None, places: dict) -> dict:
    a, b = pair
    gc = geodesic_km(places[a][:2], places[b][:2])
    row = {"from_id": a, "to_id": b, "great_circle_km": f"{gc:.1f}"}
    if route is None or not route.legs:
        closed = route.closed_on_open_path if route else []
        reason = (f"only land route crosses a closed border ({', '.join(closed)})" if closed
                  else "no land connection: sea or air only")
        return {**row, "road_km": "", "ferry_nm": "", "ferry_hours": "", "ferries": "", "customs_borders": "",
                "borders": "", "border_hours_low": "", "border_hours_base": "", "border_hours_high": "", "countries": "", "crossings": "", "legs": "", "no_route_reason": reason,
                "source_id": "kok_lane_network"}
    road = sum(leg.km for leg in route.legs if leg.mode in ("road", "fixed_link"))
    ferries = [leg for leg in route.legs if leg.mode == "ferry"]
    hours = sum(float(net.links[leg.link]["hours_base"]) + float(net.links[leg.link]["wait_hours"])
                for leg in ferries)
    countries: list[str] = []
    for leg in route.legs:
        for c in leg.countries:
            if not countries or countries[-1] != c:
                countries.append(c)
    return {**row, "road_km": f"{road:.1f}",
            "ferry_nm": f"{sum(leg.km for leg in ferries) / 1.852:.1f}" if ferries else "0",
            "ferry_hours": f"{hours:.1f}" if ferries else "0",
            "ferries": "+".join(leg.link for leg in route.legs if leg.mode != "road"),
            "customs_borders": route.customs_borders, "borders": route.borders,
            **{f"border_hours_{lv}": f"{h:.1f}" for lv, h in zip(("low", "base", "high"), route.border_hours)},
            "countries": "+".join(countries), "crossings": "+".join(route.crossing_ids()),
            "legs": ";".join(leg.encode() for leg in route.legs), "no_route_reason": "",
            "source_id": "kok_lane_network"}

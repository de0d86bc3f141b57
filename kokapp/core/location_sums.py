"""Per-location criteria from lane rows, kept as sums so rows can be added and taken away.

The cost criteria are sums over a location's (market, product) rows; distance, transit time and
the duty-free and unknown-duty shares are means weighted by annual units (equal weights where a
location has no volume at all). Rows of a market where trade is halted are not served: they add
their units to the location's unserved share and nothing else. Holding the sums rather than the means lets a volume edit take
away the old rows of one market x product and add the new ones (:mod:`kokapp.core.live`), and
gives the full comparison the very same figures. A value that cannot be computed (NaN) is
counted, not summed, so taking a row away again is exact. Units are sums of fractional volumes:
taking them all away again can leave a remainder of rounding (1e-13), so "has volume" means more
than ``RESIDUE`` of the most a location has held, never merely above zero.
"""

from __future__ import annotations

import numpy as np

from kokapp.core.lanes import Columns

SUMMED = {"logistics_cost": "annual_logistics", "duty_cost": "annual_duty"}
WEIGHTED = ("distance", "transit_time", "duty_free_share", "duty_unknown_share")
RESIDUE = 1e-9      # of a location's largest unit total: below it, what is left is rounding


def location_index(locations: list[str], row_locations) -> np.ndarray:
    """Each row's position in ``locations`` (locations are distinct: projects are validated)."""
    position = {loc: i for i, loc in enumerate(locations)}
    return np.fromiter((position[loc] for loc in row_locations), dtype=np.intp)


def halted(rows: Columns) -> np.ndarray:
    return np.asarray(rows["trade_halted"], bool)


def row_values(rows: Columns) -> dict[str, np.ndarray]:
    """Each criterion's value per lane row (before summing); 0 on a halted row (not served)."""
    values = {name: np.asarray(rows[column], float) for name, column in SUMMED.items()}
    values["distance"] = np.asarray(rows["distance_km"], float)
    values["transit_time"] = np.asarray(rows["transit_days_base"], float)
    values["duty_free_share"] = (np.asarray(rows["duty_rate_pct"], float) == 0).astype(float)
    values["duty_unknown_share"] = (~np.asarray(rows["duty_known"], bool)).astype(float)
    stop = halted(rows)
    return {name: np.where(stop, 0.0, v) for name, v in values.items()}


class LocationSums:
    def __init__(self, n: int):
        self.n = n
        self.units = np.zeros(n)          # served units (the weights of the means)
        self.unserved = np.zeros(n)       # planned units in markets where trade is halted
        self.peak = np.zeros(n)           # the most units a location has held (the scale of its rounding)
        self.rows = np.zeros(n)
        self.total: dict[str, np.ndarray] = {k: np.zeros(n) for k in (*SUMMED, *WEIGHTED)}
        self.weighted: dict[str, np.ndarray] = {k: np.zeros(n) for k in WEIGHTED}
        self.nan: dict[str, np.ndarray] = {k: np.zeros(n) for k in (*SUMMED, *WEIGHTED)}

    def add(self, location: np.ndarray, rows: Columns, sign: float = 1.0) -> None:
        """Add (sign +1) or take away (sign -1) lane rows; ``location`` is each row's position."""
        n = self.n
        stop = halted(rows)
        planned = np.asarray(rows["annual_units"], float)
        units = np.where(stop, 0.0, planned)
        self.units += sign * np.bincount(location, units, n)
        self.unserved += sign * np.bincount(location, planned - units, n)
        self.peak = np.maximum(self.peak, self.units + self.unserved)   # the highest total ever held
        self.rows += sign * np.bincount(location, (~stop).astype(float), n)
        for name, values in row_values(rows).items():
            missing = np.isnan(values)
            clean = np.where(missing, 0.0, values)
            self.nan[name] += sign * np.bincount(location, missing, n)
            self.total[name] += sign * np.bincount(location, clean, n)
            if name in self.weighted:
                self.weighted[name] += sign * np.bincount(location, units * clean, n)

    def criteria(self) -> dict[str, np.ndarray]:
        floor = RESIDUE * self.peak
        has_volume = self.units > floor
        out = {}
        for name in (*SUMMED, *WEIGHTED):
            if name in SUMMED:
                value = self.total[name].copy()
            else:
                value = np.where(has_volume, self.weighted[name] / np.where(has_volume, self.units, 1.0),
                                 self.total[name] / np.maximum(self.rows, 1.0))
            out[name] = np.where(self.nan[name] > 0.5, np.nan, value)
        units = np.where(has_volume, self.units, 0.0)
        unserved = np.where(self.unserved > floor, self.unserved, 0.0)
        planned = units + unserved
        out["unserved_share"] = np.where(planned > 0, unserved / np.where(planned > 0, planned, 1.0), 0.0)
        return out

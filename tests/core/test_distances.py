"""Distance tables: sanity against geometry and calibration against measured routes."""

import itertools

import numpy as np
import pytest

from kokapp.core.distances import NM_TO_KM, Distances, UnknownPlace

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)


def haversine_km(lat1, lon1, lat2, lon2):
    """Independent spherical great circle, to check the WGS84 geodesics within 0.6 %."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


@pytest.fixture(scope="module")
def distances(pack):
    return Distances(pack)


def places(pack):
    coords = {r.site_id: (r.lat, r.lon) for r in pack.table("sites").itertuples()}
    coords |= {r.iso2: (r.centre_lat, r.centre_lon) for r in pack.table("countries").itertuples()}
    coords |= {r.locode: (r.lat, r.lon) for r in pack.table("ports").itertuples()}
    return coords


def test_great_circle_matches_independent_formula(pack):
    land, coords = pack.table("land_distances"), places(pack)
    for row in land.itertuples():
        a, b = coords[row.from_id], coords[row.to_id]
        assert row.great_circle_km == pytest.approx(haversine_km(*a, *b), rel=0.006, abs=0.2)


def test_route_is_never_shorter_than_great_circle(pack):
    land = pack.table("land_distances").dropna(subset=["road_km"])
    assert len(land) > 2500
    # driving plus sailing; 2 % + 5 km tolerance: the road network is joined at its nearest
    # node to each place
    travelled = land["road_km"] + land["ferry_nm"] * NM_TO_KM
    assert (travelled >= land["great_circle_km"] * 0.98 - 5).all()


def test_sea_is_never_shorter_than_great_circle(pack):
    sea, coords = pack.table("sea_distances"), places(pack)
    for row in sea.itertuples():
        gc = haversine_km(*coords[row.from_port], *coords[row.to_port])
        assert row.sea_nm * NM_TO_KM >= gc * 0.99 - 5, (row.from_port, row.to_port)


def test_sea_is_symmetric_and_meets_triangle_inequality(pack, distances):
    sea = pack.table("sea_distances")
    ports = sorted(set(sea["from_port"]) | set(sea["to_port"]))
    for a, b in itertools.combinations(ports, 2):
        assert distances.sea_nm(a, b) == distances.sea_nm(b, a)
    rng = np.random.default_rng(1)
    for a, b, c in rng.choice(ports, size=(3000, 3)):
        if len({a, b, c}) == 3:
            assert distances.sea_nm(a, c) <= (distances.sea_nm(a, b) + distances.sea_nm(b, c)) * 1.02 + 10


@pytest.mark.parametrize("a, b, measured_km", [
    ("TR-IST", "RS", 965),     # İstanbul -> Belgrade, road network measurement
    ("TR-GAZ", "GE", 1063),    # Gaziantep -> Tbilisi
])
def test_road_calibration(distances, a, b, measured_km):
    assert distances.land(a, b).road_km == pytest.approx(measured_km, rel=0.03)


@pytest.mark.parametrize("a, b, measured_nm", [
    ("TRMER", "SIKOP", 1306), ("TRAMR", "EGALY", 710), ("TRAMR", "ROCND", 240), ("TRMER", "AEJEA", 3341),
])
def test_sea_calibration(distances, a, b, measured_nm):
    assert distances.sea_nm(a, b) == pytest.approx(measured_nm, rel=0.02)


def test_the_strait_of_gibraltar_is_crossed_by_ferry(distances):
    route = distances.land("MA-TNG", "DE")
    assert route.ferries == ("MA-ES-TANGERMED-ALGECIRAS",)
    assert 5 < route.ferry_nm < 40          # Tanger Med - Algeciras is about 20 nm
    assert route.countries == ("MA", "ES", "FR", "DE")


def test_unknown_place_is_a_typed_error(distances):
    with pytest.raises(UnknownPlace):
        distances.land("TR-BUR", "ZZ")

namespace HydrogenSafety.Benchmarks.Workloads;

/// <summary>
/// Ten representative rules, modelled on the built-in packs but with no jurisdiction, so that every
/// facility selects all ten. They cover: single-subject thresholds (R1, R2, R8), a single subject
/// with a compound <c>when</c> (R10), a correlated <c>exists</c> (R3), distance joins (R4 between,
/// R5 with a three-valued <c>or</c>), a join with a facility-wide <c>sum</c> and a banded table lookup
/// (R6), a single subject gated by the same <c>sum</c> (R7), and a facility-level <c>not exists</c> (R9).
/// The hand-written and RulesEngine baselines implement exactly these ten.
/// </summary>
public static class TenRules
{
    public const string Yaml = """
tables:
  ten_separation:
    source: { document: 29 CFR 1910.103 Hydrogen, clause: "Table H-2" }
    key: mass
    rows:
      - { over: 0 scf,      upto: 2999.9 scf, assembly_area: 25 ft }
      - { over: 2999.9 scf, upto: 15000 scf,  assembly_area: 50 ft }
      - { over: 15000 scf,                    assembly_area: 50 ft }

rules:
  - id: TEN-01-DISPENSER-OVERPRESSURE
    title: Dispenser overpressure protection is set no higher than 140 % of the nominal working pressure
    stage: utilization
    severity: critical
    source: { document: International Fire Code, edition: "2018", clause: "2309.4.1" }
    for: { dispenser: dispenser }
    require: "dispenser.relief_set_pressure <= 1.4 * dispenser.nominal_working_pressure"
    message: "{dispenser.id}: relief set at {dispenser.relief_set_pressure}, limit {1.4 * dispenser.nominal_working_pressure}"

  - id: TEN-02-GASDET-SETPOINT
    title: Gas detectors alarm at or below 25 %LFL
    stage: [production, storage, transport, utilization]
    severity: high
    source: { document: International Fire Code, edition: "2018", clause: "916.8" }
    for: { detector: gas_detector }
    require: "detector.alarm_setpoint <= 25 %LFL"
    message: "{detector.id} alarms at {detector.alarm_setpoint}"

  - id: TEN-03-FUELCELL-GASDET
    title: A stationary fuel cell has a gas detector in its area alarming at or below 25 %LFL
    stage: utilization
    severity: high
    source: { document: International Fire Code, edition: "2018", clause: "1205.13" }
    for: { fc: fuel_cell }
    when: "fc.stationary == true"
    require: "exists(gas_detector where area == fc.area and alarm_setpoint <= 25 %LFL)"
    message: "Fuel cell {fc.id} in area {fc.area}"

  - id: TEN-04-ESD-DISTANCE
    title: Emergency shutdown control is 25 ft to 75 ft from each dispenser
    stage: utilization
    severity: high
    source: { document: International Fire Code, edition: "2018", clause: "2309.5.3" }
    for: { esd: emergency_shutdown, dispenser: dispenser }
    when: "facility.type == 'fueling_station'"
    require: "distance(esd, dispenser) between 25 ft and 75 ft"
    message: "{esd.id} is {distance(esd, dispenser)} from {dispenser.id}"

  - id: TEN-05-PROTECTED-FACILITY-DIST
    title: Storage and compressors are 17 m from Class 1 and 12 m from Class 2 protected facilities
    stage: utilization
    severity: high
    source: { document: Enforcement Rule of the High-Pressure Gas Safety Control Act, clause: "Annex 4" }
    for:
      equip: { kind: [storage_vessel, cylinder_bundle, compressor] }
      pf: protected_facility
    require: "distance(equip, pf) >= 17 m or (pf.protection_class == 'class2' and distance(equip, pf) >= 12 m)"
    message: "{equip.id} is {distance(equip, pf)} from {pf.id} (class {pf.protection_class})"

  - id: TEN-06-GH2-SEP-PEOPLE
    title: Gaseous hydrogen storage is kept 25 ft or 50 ft (by size) from concentrations of people
    stage: storage
    severity: high
    source: { document: 29 CFR 1910.103 Hydrogen, clause: "(b) Table H-2, item 12" }
    for:
      system: { kind: [storage_vessel, cylinder_bundle, tube_trailer] }
      people: assembly_area
    when: "system.phase == 'gas' and facility.type != 'production_plant' and sum(inventory of [storage_vessel, cylinder_bundle, tube_trailer] where phase == 'gas') >= 400 scf"
    require: "distance(system, people) >= ten_separation(sum(inventory of [storage_vessel, cylinder_bundle, tube_trailer] where phase == 'gas')).assembly_area"
    message: "{system.id} is {distance(system, people)} from {people.id}"

  - id: TEN-07-GH2-PLACARD
    title: Gaseous hydrogen storage is placarded
    stage: storage
    severity: medium
    source: { document: 29 CFR 1910.103 Hydrogen, clause: "(b)(1)(iv)" }
    for:
      system: { kind: [storage_vessel, cylinder_bundle, tube_trailer] }
    when: "system.phase == 'gas' and facility.type != 'production_plant' and sum(inventory of [storage_vessel, cylinder_bundle, tube_trailer] where phase == 'gas') >= 400 scf"
    require: "system.placarded == true"
    message: "{system.id} placarded: {system.placarded}"

  - id: TEN-08-LEAK-TEST
    title: Piping was leak-tested at no less than its maximum operating pressure
    stage: storage
    severity: high
    source: { document: 29 CFR 1910.103 Hydrogen, clause: "(b)(1)(v)" }
    for: { piping: pipeline }
    require: "piping.leak_test_pressure >= piping.max_operating_pressure"
    message: "{piping.id} tested at {piping.leak_test_pressure}, MOP {piping.max_operating_pressure}"

  - id: TEN-09-STATION-MAX-PRESSURE
    title: No station equipment operates above 82 MPa
    stage: utilization
    severity: critical
    source: { document: General High Pressure Gas Safety Regulations, clause: "Art. 7-3" }
    for: facility
    when: "facility.type == 'fueling_station'"
    require: "not exists([storage_vessel, cylinder_bundle, tube_trailer, compressor, dispenser, pipeline] where pressure > 82 MPa)"
    message: "Station {facility.id}"

  - id: TEN-10-LH2-VENT-HEIGHT
    title: Liquefied hydrogen kept indoors vents at least 25 ft above grade
    stage: storage
    severity: high
    source: { document: 29 CFR 1910.103 Hydrogen, clause: "(c)(2)(i)(f)" }
    for: { tank: liquid_tank }
    when: "tank.indoor == true and facility.type != 'production_plant' and not (tank.portable == true and tank.water_volume < 150 L)"
    require: "tank.vent_height >= 25 ft"
    message: "{tank.id} vents at {tank.vent_height}"
""";
}

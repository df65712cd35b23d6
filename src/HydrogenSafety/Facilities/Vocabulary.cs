using HydrogenSafety.Units;

namespace HydrogenSafety.Facilities;

/// <summary>
/// The documented vocabulary of component kinds (with their default stage) and attribute names
/// (with their value type). An attribute named here must have the type given here; other attribute
/// names are free-form. This is the one place that defines the vocabulary (see docs/vocabulary.md).
/// </summary>
public static class Vocabulary
{
    /// <summary>Component kinds, each with the stage it implies when a component does not say.</summary>
    public static IReadOnlyDictionary<string, Stage> Kinds { get; } = new Dictionary<string, Stage>(StringComparer.Ordinal)
    {
        // production
        ["electrolyzer"] = Stage.Production,
        ["reformer"] = Stage.Production,
        ["hydrogen_extractor"] = Stage.Production,
        ["purifier"] = Stage.Production,
        // storage
        ["compressor"] = Stage.Storage,
        ["storage_vessel"] = Stage.Storage,
        ["liquid_tank"] = Stage.Storage,
        ["cylinder_bundle"] = Stage.Storage,
        // transport
        ["tube_trailer"] = Stage.Transport,
        ["liquid_tanker"] = Stage.Transport,
        ["pipeline"] = Stage.Transport,
        // utilization
        ["dispenser"] = Stage.Utilization,
        ["fuel_cell"] = Stage.Utilization,
        ["vehicle"] = Stage.Utilization,
        // safety equipment (stage follows the facility; storage by default)
        ["vent_stack"] = Stage.Storage,
        ["gas_detector"] = Stage.Storage,
        ["flame_detector"] = Stage.Storage,
        ["emergency_shutdown"] = Stage.Utilization,
        ["fire_wall"] = Stage.Storage,
        ["ventilation"] = Stage.Storage,
        ["enclosure"] = Stage.Storage,
        // exposures (things that are protected from, or can ignite, hydrogen)
        ["lot_line"] = Stage.Storage,
        ["building"] = Stage.Storage,
        ["building_opening"] = Stage.Storage,
        ["air_intake"] = Stage.Storage,
        ["ignition_source"] = Stage.Storage,
        ["combustible_material"] = Stage.Storage,
        ["flammable_liquid_storage"] = Stage.Storage,
        ["public_road"] = Stage.Utilization,
        ["railway"] = Stage.Utilization,
        ["assembly_area"] = Stage.Storage,
        ["protected_facility"] = Stage.Storage,
        ["overhead_power_line"] = Stage.Storage,
        // added for US packs
        ["cylinder"] = Stage.Storage,
        ["flammable_gas_storage"] = Stage.Storage,
        ["oxidizer_storage"] = Stage.Storage,
        // added for kra (KR fueling stations): a valve or other safety device of the station's hydrogen lines
        // (check, excess-flow, flow-control, manual, pressure-relief, shutoff valve, hose breakaway device);
        // `valve_type` says which, `certified` whether it carries the safety-device certification.
        ["valve"] = Stage.Utilization,
        // added for intl: a transportable metal hydride storage system (UN 3468, ISO 16111)
        ["metal_hydride_storage"] = Stage.Transport,
    };

    /// <summary>Attribute names with a fixed type.</summary>
    public static IReadOnlyDictionary<string, AttributeType> Attributes { get; } = new Dictionary<string, AttributeType>(StringComparer.Ordinal)
    {
        // pressures
        ["pressure"] = AttributeType.Of(Dimension.Pressure),
        ["design_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["max_operating_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["nominal_working_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["relief_set_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["leak_test_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["max_fill_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["fill_abort_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["collapse_design_pressure"] = AttributeType.Of(Dimension.Pressure),
        // temperatures
        ["temperature"] = AttributeType.Of(Dimension.Temperature),
        ["design_temperature"] = AttributeType.Of(Dimension.Temperature),
        ["min_design_temperature"] = AttributeType.Of(Dimension.Temperature),
        ["fuel_delivery_temperature"] = AttributeType.Of(Dimension.Temperature),
        ["fill_abort_temperature"] = AttributeType.Of(Dimension.Temperature),
        ["max_surface_temperature"] = AttributeType.Of(Dimension.Temperature),
        // amounts
        ["inventory"] = AttributeType.Of(Dimension.Mass),
        ["volume"] = AttributeType.Of(Dimension.Volume),
        ["water_volume"] = AttributeType.Of(Dimension.Volume),
        ["flow_rate"] = AttributeType.Of(Dimension.MassFlow),
        ["rated_capacity"] = AttributeType.Of(Dimension.MassFlow),
        // geometry
        ["pipe_inner_diameter"] = AttributeType.Of(Dimension.Length),
        ["height"] = AttributeType.Of(Dimension.Length),
        ["vent_height"] = AttributeType.Of(Dimension.Length),
        ["wall_height"] = AttributeType.Of(Dimension.Length),
        ["floor_area"] = AttributeType.Of(Dimension.Area),
        ["vent_area"] = AttributeType.Of(Dimension.Area),
        ["floor_level"] = AttributeType.Number,
        // concentrations
        ["alarm_setpoint"] = AttributeType.Of(Dimension.Concentration),
        ["shutdown_setpoint"] = AttributeType.Of(Dimension.Concentration),
        ["exhaust_h2_concentration"] = AttributeType.Of(Dimension.Concentration),
        ["oxygen_concentration"] = AttributeType.Of(Dimension.Concentration),
        ["design_h2_concentration"] = AttributeType.Of(Dimension.Concentration),
        ["hydrogen_purity"] = AttributeType.Of(Dimension.Concentration),
        // times
        ["fire_rating"] = AttributeType.Of(Dimension.Time),
        ["shutdown_time"] = AttributeType.Of(Dimension.Time),
        ["response_time"] = AttributeType.Of(Dimension.Time),
        // heat
        ["heat_flux"] = AttributeType.Of(Dimension.HeatFlux),
        // words
        ["material"] = AttributeType.Text,
        ["phase"] = AttributeType.Text,
        ["location"] = AttributeType.Text,
        ["construction"] = AttributeType.Text,
        ["pressure_class"] = AttributeType.Text,
        ["precooling_class"] = AttributeType.Text,
        ["gas_group"] = AttributeType.Text,
        ["temperature_class"] = AttributeType.Text,
        ["hazardous_zone"] = AttributeType.Text,
        ["protection_class"] = AttributeType.Text,
        ["station_type"] = AttributeType.Text,
        ["certification"] = AttributeType.Text,
        // yes/no facts
        ["has_prd"] = AttributeType.Bool,
        ["has_check_valve"] = AttributeType.Bool,
        ["has_emergency_release"] = AttributeType.Bool,
        ["has_excess_flow_valve"] = AttributeType.Bool,
        ["has_vacuum_monitoring"] = AttributeType.Bool,
        ["vacuum_jacketed"] = AttributeType.Bool,
        ["underground"] = AttributeType.Bool,
        ["indoor"] = AttributeType.Bool,
        ["sprinklered"] = AttributeType.Bool,
        ["stationary"] = AttributeType.Bool,
        ["portable"] = AttributeType.Bool,
        ["placarded"] = AttributeType.Bool,
        ["leak_tested"] = AttributeType.Bool,
        ["certified"] = AttributeType.Bool,
        ["grounded"] = AttributeType.Bool,
        ["barrier_installed"] = AttributeType.Bool,
        ["vehicle_protection"] = AttributeType.Bool,
        ["remote_monitoring"] = AttributeType.Bool,
        ["staffed"] = AttributeType.Bool,
        // added for US packs
        ["service_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["test_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["ntp_volume"] = AttributeType.Of(Dimension.Volume),
        ["class_location"] = AttributeType.Number,
        ["design_factor"] = AttributeType.Number,
        ["requalification_interval_years"] = AttributeType.Number,
        ["patrol_interval_months"] = AttributeType.Number,
        ["patrols_per_year"] = AttributeType.Number,
        ["specification"] = AttributeType.Text,
        ["line_type"] = AttributeType.Text,
        ["design_situation"] = AttributeType.Text,
        ["odorization_exception"] = AttributeType.Text,
        ["combustible_class"] = AttributeType.Text,
        ["requalification_due"] = AttributeType.Date,
        ["plus_marked"] = AttributeType.Bool,
        ["extended_requalification"] = AttributeType.Bool,
        ["odorized"] = AttributeType.Bool,
        ["road_or_rail_crossing"] = AttributeType.Bool,
        ["fenced"] = AttributeType.Bool,
        ["vent_or_fill_opening"] = AttributeType.Bool,
        ["gas_cabinets"] = AttributeType.Bool,
        ["has_manual_shutoff"] = AttributeType.Bool,
        // added for US packs (IFC control areas)
        ["occupancy_group"] = AttributeType.Text,
        // added for KR/JP/INTL packs
        ["gas"] = AttributeType.Text,
        ["gas_storage_capacity"] = AttributeType.Of(Dimension.Volume),
        ["oxygen_trip_setpoint"] = AttributeType.Of(Dimension.Concentration),
        ["tensile_strength"] = AttributeType.Of(Dimension.Pressure),
        ["wall_thickness"] = AttributeType.Of(Dimension.Length),
        ["vent_top_below_ceiling"] = AttributeType.Of(Dimension.Length),
        ["vent_directions"] = AttributeType.Number,
        ["container_age_years"] = AttributeType.Number,
        ["reinspection_interval_years"] = AttributeType.Number,
        ["chmc1_rra"] = AttributeType.Number,
        ["un_number"] = AttributeType.Number,
        ["hazard_id_number"] = AttributeType.Number,
        ["container_type"] = AttributeType.Text,
        ["material_class"] = AttributeType.Text,
        ["fueling_protocol"] = AttributeType.Text,
        ["product_grade"] = AttributeType.Text,
        ["route_tunnel_category"] = AttributeType.Text,
        ["multi_storey"] = AttributeType.Bool,
        ["has_emergency_blowdown"] = AttributeType.Bool,
        ["has_emergency_leak_shutoff"] = AttributeType.Bool,
        ["containers_secured"] = AttributeType.Bool,
        ["precision_safety_diagnosis"] = AttributeType.Bool,
        // added for the JP pack (一般高圧ガス保安規則, 容器保安規則): volumes are at 0 °C and 0 Pa gauge
        ["daily_processing_capacity"] = AttributeType.Of(Dimension.Volume),
        ["rated_gas_volume_per_hour"] = AttributeType.Of(Dimension.Volume),
        ["detour_distance"] = AttributeType.Of(Dimension.Length),
        ["hydrogen_trip_setpoint"] = AttributeType.Of(Dimension.Concentration),
        ["safety_inspection_interval_years"] = AttributeType.Number,
        ["notice_inspection_period_years"] = AttributeType.Number,
        ["self_inspection_interval_years"] = AttributeType.Number,
        ["production_permit"] = AttributeType.Text,
        ["storage_permit"] = AttributeType.Text,
        ["flow_prevention_method"] = AttributeType.Text,
        ["stamped_gas"] = AttributeType.Text,
        ["stamp_date_precision"] = AttributeType.Text,
        ["paint_color"] = AttributeType.Text,
        ["leak_test_method"] = AttributeType.Text,
        ["warning_sign_posted"] = AttributeType.Bool,
        ["boundary_marked"] = AttributeType.Bool,
        ["ignition_interlock"] = AttributeType.Bool,
        ["full_and_residual_segregated"] = AttributeType.Bool,
        ["movement_supervisor"] = AttributeType.Bool,
        ["has_emergency_shutoff_valve"] = AttributeType.Bool,
        ["sign_width"] = AttributeType.Of(Dimension.Length),
        ["vehicle_width"] = AttributeType.Of(Dimension.Length),
        ["equipment_perimeter"] = AttributeType.Of(Dimension.Length),
        ["class1_equipment_distance"] = AttributeType.Of(Dimension.Length),
        ["class2_equipment_distance"] = AttributeType.Of(Dimension.Length),
        ["fire_extinguisher_b_rating"] = AttributeType.Number,
        ["equipment_check_interval_months"] = AttributeType.Number,
        ["opening_protection"] = AttributeType.Text,
        ["sign_front_and_rear"] = AttributeType.Bool,
        ["fire_extinguishers_both_sides"] = AttributeType.Bool,
        ["flammable_gas_noted"] = AttributeType.Bool,
        // added for kra (KR fueling stations, 고압가스 안전관리법 시행규칙 별표 5 and KGS FP216/FP217):
        // on a protected_facility: it stands on the station's own premises (e.g. a shop or office of a
        // station with convenience facilities)
        ["on_premises"] = AttributeType.Bool,
        // facility: a safety impact assessment (안전영향평가) of the station has been made and its measures built
        ["safety_impact_assessment"] = AttributeType.Bool,
        // facility: months between function checks of the pressure gauges on the main filling line, and of
        // the other pressure gauges, with gauges calibrated under the Framework Act on National Standards
        ["main_line_gauge_check_interval_months"] = AttributeType.Number,
        ["gauge_check_interval_months"] = AttributeType.Number,
        // on equipment with a safety (relief) valve: years between adjustments of its set pressure
        ["relief_adjust_interval_years"] = AttributeType.Number,
        // facility: months between the statutory hydrogen quality inspections (품질검사)
        ["quality_inspection_interval_months"] = AttributeType.Number,
        // facility: days between the operator's routine (daily) inspections of the fueling facility
        ["routine_check_interval_days"] = AttributeType.Number,
        // facility: inspection instruments the station keeps on site
        ["has_portable_leak_detector"] = AttributeType.Bool,
        ["has_earth_resistance_tester"] = AttributeType.Bool,
        ["has_thermal_imager"] = AttributeType.Bool,
        ["has_standard_gas_injector"] = AttributeType.Bool,
        // facility: the safety manager has completed the training course specific to hydrogen fueling stations
        ["safety_manager_station_training"] = AttributeType.Bool,
        // on a valve: check, excess_flow, flow_control, manual, pressure_relief, shutoff or hose_breakaway
        ["valve_type"] = AttributeType.Text,
        // on compressed-gas equipment: it is fed from equipment of a higher operating pressure, and it has an
        // automatic (actuated) valve on that connection
        ["fed_from_higher_pressure"] = AttributeType.Bool,
        ["has_automatic_valve"] = AttributeType.Bool,
        // added for intl (ADR, UN Model Regulations P205 / ISO 16111, IEC 60079, ISO 19880-1, ISO 22734, SAE J2601):
        // tank_type: the ADR form of a tank or tank-like vehicle (fixed_tank, demountable_tank, tank_container,
        //   portable_tank, battery_vehicle, megc); max_allowable_working_pressure: a tank's MAWP (gauge);
        // actual_holding_time / journey_duration: refrigerated-liquid holding time for the journey and the planned
        //   duration of carriage including expected delays; holding_time_end_documented: the end date of the actual
        //   holding time is in the transport document; element_gas_count: how many different gases the elements of a
        //   battery-vehicle or MEGC hold; placard_label: the label model shown on the vehicle's placards ('2.1');
        // driver_tank_training: the driver's ADR certificate includes the tank specialisation; driver_certificate_valid_until:
        //   expiry date of the driver's ADR training certificate;
        // rated_charging_pressure / max_developed_pressure: ISO 16111 markings of a metal hydride system (RCP, and the
        //   highest pressure it can develop); h_marked: steel receptacle bears the "H" (hydrogen-compatible) mark;
        //   steel_liner: composite receptacle with a steel liner;
        // equipment_protection_level: IEC 60079-0 EPL of electrical equipment (Ga, Gb, Gc);
        // has_breakaway_device: dispenser hose breakaway device (ISO 19880-1 3.50); crossover_monitoring: an
        //   electrolyser monitors hydrogen in oxygen (and oxygen in hydrogen) and trips on it; ventilation_interlock: the
        //   unit shuts down on loss of ventilation; oxygen_vent_location: where the electrolyser's oxygen is vented
        //   ('outdoors', 'indoors', 'recovered');
        // fueling_with_communications: the dispenser fills with vehicle communications; communication_protocol: the
        //   standard of that link ('SAE J2799'); served_vehicle_class: 'light_duty' or 'heavy_duty'.
        ["tank_type"] = AttributeType.Text,
        ["max_allowable_working_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["actual_holding_time"] = AttributeType.Of(Dimension.Time),
        ["journey_duration"] = AttributeType.Of(Dimension.Time),
        ["holding_time_end_documented"] = AttributeType.Bool,
        ["element_gas_count"] = AttributeType.Number,
        ["placard_label"] = AttributeType.Text,
        ["driver_tank_training"] = AttributeType.Bool,
        ["driver_certificate_valid_until"] = AttributeType.Date,
        ["rated_charging_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["max_developed_pressure"] = AttributeType.Of(Dimension.Pressure),
        ["h_marked"] = AttributeType.Bool,
        ["steel_liner"] = AttributeType.Bool,
        ["equipment_protection_level"] = AttributeType.Text,
        ["has_breakaway_device"] = AttributeType.Bool,
        ["crossover_monitoring"] = AttributeType.Bool,
        ["ventilation_interlock"] = AttributeType.Bool,
        ["oxygen_vent_location"] = AttributeType.Text,
        ["fueling_with_communications"] = AttributeType.Bool,
        ["communication_protocol"] = AttributeType.Text,
        ["served_vehicle_class"] = AttributeType.Text,
        // added for us (US pack, issue 10): IFC 2018 hydrogen fuel gas rooms (5808), fueling stations (2309),
        // fuel cells (1205); 49 CFR 172-180 transport; 49 CFR 192 pipelines; 29 CFR 1910.103 containers.
        // Enclosure facts are plain true/false records of the room's systems (see rules/us/ifc-2018/fuel-gas-rooms.yaml).
        ["hydrogen_fuel_gas_room"] = AttributeType.Bool,        // enclosure is an IFC/IBC hydrogen fuel gas room
        ["negative_pressure"] = AttributeType.Bool,             // room held below the pressure of surrounding spaces
        ["mechanical_exhaust"] = AttributeType.Bool,            // room has mechanical exhaust ventilation
        ["operable_interior_windows"] = AttributeType.Bool,     // operable windows in the room's interior walls
        ["alarm_inside_and_outside"] = AttributeType.Bool,      // gas alarm signals both inside and outside the room
        ["detection_starts_exhaust"] = AttributeType.Bool,      // a gas alarm starts the mechanical exhaust
        ["failure_starts_exhaust"] = AttributeType.Bool,        // a detection-system failure starts the exhaust
        ["failure_stops_generation"] = AttributeType.Bool,      // a detection-system failure stops hydrogen generation
        ["failure_trouble_signal"] = AttributeType.Bool,        // a detection-system failure sounds a trouble signal
        ["standby_power"] = AttributeType.Bool,                 // ventilation and gas detection on standby power
        ["no_smoking_signs"] = AttributeType.Bool,              // "No Smoking" signs at the room's entrances
        ["combustible_storage"] = AttributeType.Bool,           // combustible debris or storage present in the room
        ["exposed_to_vehicles"] = AttributeType.Bool,           // storage or use area subject to vehicular damage
        ["sprinkler_hazard_class"] = AttributeType.Text,        // sprinkler design basis, e.g. extra_hazard_group_2
        ["sprinkler_activates_emergency"] = AttributeType.Bool, // sprinkler operation triggers emergency discharge and ESD
        ["manual_shutoff_distance"] = AttributeType.Of(Dimension.Length), // fuel piping manual shutoff to the unit
        ["manual_shutoff_outside_room"] = AttributeType.Bool,   // an indoor unit's manual shutoff is outside its room
        ["overfill_protection"] = AttributeType.Bool,           // approved overfill prevention on a storage tank
        ["vent_rate_scfh"] = AttributeType.Number,              // total venting rate in transport, SCF of hydrogen per hour
        ["vent_rate_marked"] = AttributeType.Bool,              // "VENT RATE ** SCFH" marked on the cylinder
        ["jacket_material"] = AttributeType.Text,               // material of the jacket over a cryogenic tank's insulation
        ["external_aluminum_fittings"] = AttributeType.Bool,    // aluminium valves, pipes or fittings outside the jacket
        ["open_body_vehicle"] = AttributeType.Bool,             // carried on an open-body vehicle with a holding rack
        ["attendant_distance"] = AttributeType.Of(Dimension.Length), // attendant to the cargo tank during transfer
        ["attendant_unobstructed_view"] = AttributeType.Bool,   // attendant has an unobstructed view of the cargo tank
        ["special_permit_number"] = AttributeType.Text,         // DOT special permit (DOT-SP) number of the container
        ["buildings_in_unit"] = AttributeType.Number,           // buildings for human occupancy in the 49 CFR 192.5 unit
        ["four_storey_prevalent"] = AttributeType.Bool,         // buildings of four or more storeys prevail (192.5)
        ["leak_survey_interval_months"] = AttributeType.Number, // longest interval between pipeline leakage surveys
        ["leak_surveys_per_year"] = AttributeType.Number,       // leakage surveys in each calendar year
        ["un_portable_tank"] = AttributeType.Bool,              // the tank is a UN portable tank
        ["impact_tested"] = AttributeType.Bool,                 // dynamic longitudinal impact test done (178.274(j))
        ["not_for_rail_marked"] = AttributeType.Bool,           // marked NOT FOR RAIL TRANSPORT on two sides, 10 cm letters
        ["design_code"] = AttributeType.Text,                   // construction code of a container: ASME or DOT
        ["relief_discharge"] = AttributeType.Text,              // where relief devices discharge: upward_open_air, …
        // added for physics (consequence built-ins jet_flame_distance, flammable_extent; docs/consequences.md)
        ["leak_diameter"] = AttributeType.Of(Dimension.Length),
        // added for krb (KR Hydrogen Act and High-Pressure Gas Safety Control Act: permits, inspections, containers,
        // transport). Booleans record that a legal step was taken; intervals are the ones the operator's programme uses.
        ["periodic_inspection_interval_months"] = AttributeType.Number, // months between statutory periodic inspections (정기검사)
        ["multi_use_facility"] = AttributeType.Bool,        // facility: a 다중이용시설 under the Hydrogen Act Decree, Annex 2
        ["completion_inspected"] = AttributeType.Bool,      // passed the completion inspection (완성검사) before first use
        ["product_marked"] = AttributeType.Bool,            // hydrogen product shows maker, date, use, method, warranty, serial
        ["product_modified"] = AttributeType.Bool,          // hydrogen product altered in structure or performance (개조)
        ["use_notification_filed"] = AttributeType.Bool,    // facility: 특정고압가스 사용신고 filed before use
        ["safety_manager_appointed"] = AttributeType.Bool,  // facility: safety manager (안전관리자) appointed and reported
        ["liability_insured"] = AttributeType.Bool,         // facility: gas accident liability insurance (가스사고배상책임보험)
        ["fills_containers"] = AttributeType.Bool,          // compressor fills containers or vehicle-fixed containers (충전)
        ["containers_checked_before_fill"] = AttributeType.Bool, // containers checked against the inspection criteria before filling
        ["fill_records_kept"] = AttributeType.Bool,         // filling ledger (고압가스충전대장) kept
        ["damaged_since_inspection"] = AttributeType.Bool,  // container damaged (or its pass mark defaced) since its last inspection
        ["transporter_registered"] = AttributeType.Bool,    // vehicle registered under the high-pressure gas transporter registration (운반자 등록)
        // added for kr (KR Hydrogen Act: supply plan and price display of hydrogen production and fueling facilities)
        ["supply_plan_submitted"] = AttributeType.Bool,     // facility: hydrogen production or supply plan (수소 생산·수급계획) submitted before installation
        ["price_board_installed"] = AttributeType.Bool,     // facility: price display board (가격표시판) showing the hydrogen selling price
        // added for jp (一般高圧ガス保安規則 Art. 6 ¶2 (viii) container yards and Art. 18 storage standards)
        ["flammable_and_oxygen_segregated"] = AttributeType.Bool, // facility: flammable-gas and oxygen filled containers kept in separate areas of the container yard
        ["well_ventilated"] = AttributeType.Bool,           // the tank or containers stand in a well-ventilated place (通風の良い場所)
        ["liquid_volume"] = AttributeType.Of(Dimension.Volume), // liquid held in a liquefied-gas tank at its normal operating temperature
        ["valve_protected"] = AttributeType.Bool,           // a cap or guard protects the container valve against damage
        // added for kr (KR High-Pressure Gas Safety Control Act, current text: Art. 11, 13 ⑤, 15 ③–④, 23; Rule Art. 2 ②, 23 ⑥, 46 ①)
        ["safety_manager_vacancy_days"] = AttributeType.Number,      // facility: days since the safety manager was dismissed or retired with no replacement yet
        ["safety_manager_deputy_designated"] = AttributeType.Bool,   // facility: a deputy (대리자) acts for the absent safety manager
        ["fill_records_retention_years"] = AttributeType.Number,     // years the filling records (충전 기록) are kept
        ["safety_regulations_submitted"] = AttributeType.Bool,       // facility: safety management regulations (안전관리규정) submitted to the authority
        ["safety_records_retention_years"] = AttributeType.Number,   // facility: years the records of carrying out the safety management regulations are kept
        ["safety_education_completed"] = AttributeType.Bool,         // facility: the staff who must take the statutory safety education (안전교육) have taken it
        ["liquefied_storage_capacity"] = AttributeType.Of(Dimension.Mass), // storage capacity (저장능력) of a liquefied-gas storage facility, by the Rule's Annex 1
        ["delivery_shortfall_percent"] = AttributeType.Number,   // dispenser: quantity delivered short of the indicated quantity, % of it, in the latest test (positive = short)
        ["meter_max_permissible_error_percent"] = AttributeType.Number, // dispenser: maximum permissible error of the meter's verification standard (계량기 검정기준), %
        // added for intlus (49 CFR 192.619 MAOP; ADR 1.1.3.6 and Table A; UN GTR No. 13)
        ["converted_192_14"] = AttributeType.Bool,          // pipeline segment converted to part 192 service under 49 CFR 192.14
    };

    /// <summary>The default stage of a kind, or <c>null</c> for a kind outside the vocabulary.</summary>
    public static Stage? DefaultStage(string kind) => Kinds.TryGetValue(kind, out var stage) ? stage : null;

    /// <summary>The fixed type of an attribute, or <c>null</c> for a free-form attribute.</summary>
    public static AttributeType? TypeOf(string attribute) => Attributes.TryGetValue(attribute, out var type) ? type : null;
}

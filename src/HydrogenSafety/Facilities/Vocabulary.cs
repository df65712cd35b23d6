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
    };

    /// <summary>The default stage of a kind, or <c>null</c> for a kind outside the vocabulary.</summary>
    public static Stage? DefaultStage(string kind) => Kinds.TryGetValue(kind, out var stage) ? stage : null;

    /// <summary>The fixed type of an attribute, or <c>null</c> for a free-form attribute.</summary>
    public static AttributeType? TypeOf(string attribute) => Attributes.TryGetValue(attribute, out var type) ? type : null;
}

// The plan's diagnostics, locations, settings and statuses are declared in TaptalentContract; importing
// TapformPlan brings them along, since its public types are described in them.
@_exported import TaptalentContract

// The spec's diagnostics and source locations are declared in TaptalentContract; importing TapformSpec brings
// them along, since its public types are described in them.
@_exported import TaptalentContract

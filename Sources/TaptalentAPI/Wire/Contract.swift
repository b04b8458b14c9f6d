// The wire names, limits and statuses this client speaks are declared in TaptalentContract; importing
// TaptalentAPI brings them along, since its public types are described in them.
@_exported import TaptalentContract

// The shared test support (the emulator harnesses, the tapform binary, temporary folders) and the
// emulator's options, for every file here.
@_exported import TapformTestSupport
@_exported import TaptalentEmulator

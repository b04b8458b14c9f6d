// The shared emulator harness (`TestEmulator`), for every file here. The tapform binary never links it.
@_exported import TapformTestSupport

// The shared test support (the emulator harness, temporary folders), for every file here.
@_exported import TapformTestSupport

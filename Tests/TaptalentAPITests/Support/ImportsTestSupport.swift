// The shared test support (the emulator harness, recorded retry waits), for every file here.
@_exported import TapformTestSupport

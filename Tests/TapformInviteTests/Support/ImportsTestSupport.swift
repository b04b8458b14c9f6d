// The shared test support (temporary folders, the checkout's paths), for every file here.
@_exported import TapformTestSupport

import FuzzTargets

// marrow-fuzz TARGET [--pending FILE] [libFuzzer flags] [CORPUS…]: see Fuzz/README.md.
FuzzDriver.main(CommandLine.arguments)

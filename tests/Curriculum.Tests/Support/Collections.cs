namespace Curriculum.Tests.Support;

/// <summary>
/// Tests that swap process-wide state (Console.Out, Console.Error) run in this collection: one at a time, after all
/// parallel collections have finished, so no other test writes into a captured console.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCollection
{
    public const string Name = "Process-wide state";
}

/// <summary>
/// TorchSharp tests: one at a time (the global random generator, the oneDNN switch and the live-tensor count are
/// process-wide), each seeding torch itself, and only after the parallel collections have finished: while other tests
/// allocated on other threads, 2 of 4 full runs failed in libtorch ("Unknown scalar type" in Adam's step, "Expected
/// false to be true"), as if a native object were freed by the finalizer while still in use. Torch runs on one thread,
/// set once at start (<see cref="TorchSharpSetup"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCollection
{
    public const string Name = "TorchSharp";
}

using TorchSharp;

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
/// TorchSharp tests: one at a time (the global random generator and the live-tensor count are process-wide), each
/// seeding torch itself; CPU work on one thread so results are repeatable and the other collections keep a core.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TorchCollection : ICollectionFixture<TorchThreads>
{
    public const string Name = "TorchSharp";
}

public sealed class TorchThreads
{
    public TorchThreads() => torch.set_num_threads(1);
}

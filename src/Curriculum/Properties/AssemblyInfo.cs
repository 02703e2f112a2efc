using System.Runtime.CompilerServices;

// The unit tests call a few internal seams (a data folder other than the repository's, a history built by hand).
[assembly: InternalsVisibleTo("Curriculum.Tests")]

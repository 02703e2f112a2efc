namespace Curriculum.Tests.Support;

/// <summary>
/// Redirects Console.Out or Console.Error to a string until disposed. Only for tests in
/// <see cref="ProcessWideCollection"/>, since the console is shared by the whole process.
/// </summary>
internal sealed class CapturedConsole : IDisposable
{
    private readonly StringWriter _writer = new() { NewLine = "\n" };
    private readonly TextWriter _original;
    private readonly bool _error;

    private CapturedConsole(bool error)
    {
        _error = error;
        _original = error ? Console.Error : Console.Out;
        if (error) Console.SetError(_writer); else Console.SetOut(_writer);
    }

    public static CapturedConsole Out() => new(error: false);
    public static CapturedConsole Error() => new(error: true);

    public string Text => _writer.ToString();

    public string[] Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        if (_error) Console.SetError(_original); else Console.SetOut(_original);
    }
}

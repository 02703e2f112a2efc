using System.Text.Json.Nodes;
using Curriculum.Kernel.Jupyter;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Jupyter;

/// <summary>
/// One session of Debian's jupyter_client (the library JupyterLab, Notebook and nbconvert use) against
/// `Curriculum.Kernel jupyter`, started from a kernelspec written by KernelSpec.Install: jupyter_client_session.py
/// sends every request kind once and prints what came back; each test here checks one message kind.
/// </summary>
public sealed class JupyterClientSession : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("curriculum-jupyter-").FullName;
    private readonly Lazy<JsonObject> _result;

    public JupyterClientSession() => _result = new Lazy<JsonObject>(Run);

    public JsonObject Result => _result.Value;

    private JsonObject Run()
    {
        PythonJupyter.InstallKernelSpec(_data);
        var setup = Path.Combine(_data, "setup-cell.cs");
        File.WriteAllText(setup, Hygiene.SetupCellTests.SetupCell("03-evaluation.ipynb"));
        var script = Path.Combine(AppContext.BaseDirectory, "Jupyter", "jupyter_client_session.py");
        var (code, output, error) = PythonJupyter.Run(PythonJupyter.Python, [script, Repo.Notebooks, setup], TimeSpan.FromMinutes(5),
            new Dictionary<string, string> { ["JUPYTER_PATH"] = _data, ["JUPYTER_RUNTIME_DIR"] = Path.Combine(_data, "runtime") });
        Assert.True(code == 0, $"jupyter_client session failed (exit {code}):\n{error}");
        return JsonNode.Parse(output.Trim().Split('\n')[^1])!.AsObject();
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}

public sealed class JupyterClientTests(JupyterClientSession session) : IClassFixture<JupyterClientSession>
{
    private JsonObject Get(string name) => session.Result[name]!.AsObject();

    private static IEnumerable<JsonObject> Iopub(JsonObject run, string type) =>
        run["iopub"]!.AsArray().Select(m => m!.AsObject()).Where(m => (string?)m["type"] == type).Select(m => m["content"]!.AsObject());

    private static string Text(JsonObject run) => string.Concat(Iopub(run, "stream").Select(s => (string?)s["text"]));

    [JupyterClientFact]
    public void Kernel_info_names_the_protocol_and_CSharp()
    {
        var info = Get("kernel_info");
        Assert.Equal("kernel_info_reply", (string?)info["type"]);
        var content = info["content"]!;
        Assert.Equal("5.3", (string?)content["protocol_version"]);
        Assert.Equal("C#", (string?)content["language_info"]!["name"]);
        Assert.Equal("text/x-csharp", (string?)content["language_info"]!["mimetype"]);
        Assert.Equal(".cs", (string?)content["language_info"]!["file_extension"]);
    }

    [JupyterClientFact]
    public void Execute_publishes_busy_input_result_idle_and_replies_with_the_count()
    {
        var run = Get("execute_value");
        var types = run["iopub"]!.AsArray().Select(m => (string)m!["type"]!).ToArray();
        Assert.Equal(new[] { "status", "execute_input", "execute_result", "status" }, types);
        Assert.Equal("busy", (string?)run["iopub"]![0]!["content"]!["execution_state"]);
        Assert.Equal("idle", (string?)run["iopub"]!.AsArray().Last()!["content"]!["execution_state"]);
        var result = Assert.Single(Iopub(run, "execute_result"));
        Assert.Equal("42", (string?)result["data"]!["text/plain"]);
        Assert.Equal(1, (int)result["execution_count"]!);
        Assert.Equal("6 * 7", (string?)Assert.Single(Iopub(run, "execute_input"))["code"]);
        Assert.Equal("ok", (string?)run["reply"]!["content"]!["status"]);
        Assert.Equal(1, (int)run["reply"]!["content"]!["execution_count"]!);
        Assert.Equal(2, (int)Get("execute_print")["reply"]!["content"]!["execution_count"]!);
    }

    [JupyterClientFact]
    public void Printed_text_arrives_as_a_stdout_stream()
    {
        var run = Get("execute_print");
        Assert.Equal("stdout", (string?)Iopub(run, "stream").First()["name"]);
        Assert.Equal("hello from C#\n", Text(run));
    }

    [JupyterClientFact]
    public void Exceptions_and_compile_errors_arrive_as_error_and_an_error_reply()
    {
        var thrown = Get("execute_error");
        Assert.Contains("measured 0.91", (string?)Assert.Single(Iopub(thrown, "error"))["evalue"]);
        Assert.Equal("error", (string?)thrown["reply"]!["content"]!["status"]);
        Assert.Contains("measured 0.91", (string?)thrown["reply"]!["content"]!["evalue"]);
        var compile = Get("execute_compile_error");
        Assert.Contains("CS0029", (string?)Assert.Single(Iopub(compile, "error"))["evalue"]);
        Assert.Equal("error", (string?)compile["reply"]!["content"]!["status"]);
    }

    [JupyterClientFact]
    public void After_a_failing_cell_the_cells_queued_behind_it_are_aborted()
    {
        Assert.Equal("error", (string?)Get("abort_first")["content"]!["status"]);
        Assert.Equal("aborted", (string?)Get("abort_queued")["content"]!["status"]);
    }

    [JupyterClientFact]
    public void A_display_updates_in_place_through_its_display_id()
    {
        var run = Get("display_update");
        var shown = Assert.Single(Iopub(run, "display_data"));
        var updated = Assert.Single(Iopub(run, "update_display_data"));
        var id = (string?)shown["transient"]!["display_id"];
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(id, (string?)updated["transient"]!["display_id"]);
        Assert.Contains("first", shown["data"]!.ToJsonString());
        Assert.Contains("second", updated["data"]!.ToJsonString());
    }

    [JupyterClientFact]
    public void Cells_run_in_the_notebook_folder_the_client_chose() =>
        Assert.Equal(Repo.Notebooks, Text(Get("working_directory")).Trim());

    [JupyterClientFact]
    public void Completion_offers_members_and_the_range_they_replace()
    {
        var reply = Get("complete");
        Assert.Equal("complete_reply", (string?)reply["type"]);
        var content = reply["content"]!;
        Assert.Contains("WriteLine", content["matches"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(8, (int)content["cursor_start"]!);  // "Console." is 8 characters
        Assert.Equal(11, (int)content["cursor_end"]!);
    }

    [JupyterClientFact]
    public void Inspection_describes_the_symbol_under_the_cursor()
    {
        var content = Get("inspect")["content"]!;
        Assert.True((bool)content["found"]!);
        Assert.Contains("WriteLine", content["data"]!.ToJsonString());
    }

    [JupyterClientFact]
    public void Is_complete_tells_a_whole_statement_from_an_open_block()
    {
        Assert.Equal("complete", (string?)Get("is_complete_yes")["content"]!["status"]);
        Assert.Equal("incomplete", (string?)Get("is_complete_no")["content"]!["status"]);
    }

    [JupyterClientFact]
    public void Comm_info_and_history_answer_empty()
    {
        Assert.Equal("comm_info_reply", (string?)Get("comm_info")["type"]);
        Assert.Empty(Get("comm_info")["content"]!["comms"]!.AsObject());
        Assert.Equal("history_reply", (string?)Get("history")["type"]);
        Assert.Empty(Get("history")["content"]!["history"]!.AsArray());
    }

    [JupyterClientFact]
    public void Interrupt_stops_a_long_lesson_loop_and_the_next_cell_runs()
    {
        Assert.Equal("ok", (string?)Get("setup")["reply"]!["content"]!["status"]);
        Assert.Equal("interrupt_reply", (string?)Get("interrupt")["reply"]!["type"]);
        var interrupted = Get("interrupted");
        // The loop would take 60 s; it is interrupted after about 3.
        Assert.True((double)interrupted["seconds"]! < 20, $"the interrupted cell took {(double)interrupted["seconds"]!:F1} s");
        Assert.Equal("error", (string?)interrupted["reply"]!["content"]!["status"]);
        Assert.Contains(Iopub(interrupted, "display_data"), d => d.ToJsonString().Contains("a long loop"));
        Assert.Equal("2", (string?)Assert.Single(Iopub(Get("after_interrupt"), "execute_result"))["data"]!["text/plain"]);
        // The loop itself stopped at its next progress report, not only the cell's reply: the step it reached stays put.
        var then = int.Parse((string)Assert.Single(Iopub(Get("reached_then"), "execute_result"))["data"]!["text/plain"]!);
        var later = int.Parse((string)Assert.Single(Iopub(Get("reached_later"), "execute_result"))["data"]!["text/plain"]!);
        Assert.InRange(then, 1, 599);
        Assert.Equal(then, later);
    }

    [JupyterClientFact]
    public void Shutdown_with_restart_ends_the_process_and_the_new_one_starts_fresh()
    {
        var shutdown = Get("shutdown");
        Assert.Equal("shutdown_reply", (string?)shutdown["type"]);
        Assert.True((bool)shutdown["content"]!["restart"]!);
        Assert.True((bool)session.Result["exited_by_itself"]!);
        var after = Get("after_restart");
        Assert.Equal(1, (int)after["reply"]!["content"]!["execution_count"]!);
        Assert.Equal("42", (string?)Assert.Single(Iopub(after, "execute_result"))["data"]!["text/plain"]);
        // A variable of the old process is gone.
        Assert.Contains("CS0103", (string?)Assert.Single(Iopub(Get("after_restart_state"), "error"))["evalue"]);
    }
}

using NetMQ;
using NetMQ.Sockets;

namespace Curriculum.Kernel.Jupyter;

/// <summary>
/// The kernel's five ZeroMQ sockets, bound as the connection file says, and the one thread that uses them. NetMQ
/// sockets must not be shared between threads, so every outgoing message goes through a queue that this thread empties
/// (which also keeps IOPub output, replies and status messages in the order they were sent). The heartbeat is echoed here,
/// so the client sees the kernel alive even while a cell runs.
/// </summary>
public sealed class JupyterSockets : IDisposable
{
    private readonly RouterSocket _shell = new(), _control = new(), _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly NetMQQueue<Outgoing> _outbox = new();
    private readonly NetMQPoller _poller;

    private sealed record Outgoing(NetMQSocket? Socket, List<byte[]>? Frames, TaskCompletionSource? Sent);

    public enum Channel { Shell, Control, Stdin, Iopub }

    /// <summary>Called on the socket thread with each received message's frames; must return quickly.</summary>
    public event Action<Channel, List<byte[]>>? Received;

    public JupyterSockets(ConnectionFile connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // A closing kernel sends its last replies; do not wait for clients that already left.
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) socket.Options.Linger = TimeSpan.FromSeconds(1);
        _shell.Bind(connection.Endpoint(connection.ShellPort));
        _control.Bind(connection.Endpoint(connection.ControlPort));
        _stdin.Bind(connection.Endpoint(connection.StdinPort));
        _iopub.Bind(connection.Endpoint(connection.IopubPort));
        _heartbeat.Bind(connection.Endpoint(connection.HeartbeatPort));
        _shell.ReceiveReady += (_, e) => Receive(Channel.Shell, e.Socket);
        _control.ReceiveReady += (_, e) => Receive(Channel.Control, e.Socket);
        _stdin.ReceiveReady += (_, e) => Receive(Channel.Stdin, e.Socket);
        _heartbeat.ReceiveReady += (_, e) => e.Socket.SendMultipartMessage(e.Socket.ReceiveMultipartMessage());
        _outbox.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
            {
                if (item.Socket is not null && item.Frames is not null) item.Socket.SendMultipartBytes(item.Frames);
                item.Sent?.TrySetResult();
            }
        };
        _poller = new NetMQPoller { _shell, _control, _stdin, _heartbeat, _outbox };
    }

    public void Start() => _poller.RunAsync("Jupyter sockets");

    /// <summary>Queues frames for a channel; safe from any thread.</summary>
    public void Send(Channel channel, List<byte[]> frames) => _outbox.Enqueue(new Outgoing(channel switch
    {
        Channel.Shell => _shell,
        Channel.Control => _control,
        Channel.Stdin => _stdin,
        _ => _iopub,
    }, frames, null));

    /// <summary>Completes when everything queued so far has been handed to ZeroMQ.</summary>
    public Task FlushAsync()
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _outbox.Enqueue(new Outgoing(null, null, sent));
        return sent.Task;
    }

    private void Receive(Channel channel, NetMQSocket socket)
    {
        var frames = new List<byte[]>();
        socket.ReceiveMultipartBytes(ref frames);
        Received?.Invoke(channel, frames);
    }

    public void Dispose()
    {
        if (_poller.IsRunning) _poller.Stop();
        _poller.Dispose();
        _outbox.Dispose();
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) socket.Dispose();
    }
}

using System.Runtime.InteropServices;
using System.Text;
using Microsoft.ML.OnnxRuntime;

namespace NewsBot.Embeddings;

/// <summary>
/// Keeps ONNX Runtime from calling home. Its official builds carry telemetry: on Windows through ETW, on Linux and macOS
/// (since 1.29) through a 1DS uploader that the runtime's environment starts when it is created and that posts a
/// <c>ProcessInfo</c> event to <c>mobile.events.data.microsoft.com</c> at once. <c>DisableTelemetryEvents</c> needs that
/// environment, so it comes too late for the first event; only <c>ORT_DISABLE_TELEMETRY=1</c>, read by the native
/// library when the environment is created, stops the uploader from ever starting. So the variable is set in the
/// process's native environment (.NET's <see cref="Environment.SetEnvironmentVariable(string, string)"/> changes only
/// its own copy on Unix) before the first environment exists, and the API switch is thrown as well.
/// </summary>
internal static partial class OnnxTelemetry
{
    public const string Variable = "ORT_DISABLE_TELEMETRY";

    private static readonly Lock Gate = new();
    private static bool _disabled;

    /// <summary>Call before the first ONNX Runtime session (or anything else that creates its environment).</summary>
    public static void Disable()
    {
        lock (Gate)
        {
            if (_disabled)
            {
                return;
            }

            Environment.SetEnvironmentVariable(Variable, "1");
            if (!OperatingSystem.IsWindows())
            {
                _ = SetNativeVariable(Encoding.UTF8.GetBytes(Variable + "\0"), "1\0"u8.ToArray(), 1);
            }

            OrtEnv.Instance().DisableTelemetryEvents();
            _disabled = true;
        }
    }

    [DllImport("libc", EntryPoint = "setenv")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetNativeVariable(byte[] name, byte[] value, int overwrite);
}

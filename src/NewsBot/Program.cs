using NewsBot.Hosting;

return NewsBotCommands.RunsBot(args)
    ? await NewsBotServer.RunAsync(args, Console.Error)
    : await NewsBotCommands.InvokeAsync(args, Console.Out, Console.Error, handleTermination: true);

/// <summary>The entry point, visible to the host tests.</summary>
public partial class Program;

using NewsBot.Hosting;

if (args.Length > 0 && string.Equals(args[0], AskCommand.Verb, StringComparison.OrdinalIgnoreCase))
{
    return await AskCommand.RunAsync(args, Console.Out);
}

if (args.Length > 0 && string.Equals(args[0], EvalCommand.Verb, StringComparison.OrdinalIgnoreCase))
{
    return await EvalCommand.RunAsync(args, Console.Out);
}

if (args.Length > 0 && string.Equals(args[0], IngestCommand.Verb, StringComparison.OrdinalIgnoreCase))
{
    return await IngestCommand.RunAsync(args, Console.Out);
}

if (args.Length > 0 && string.Equals(args[0], BenchCommand.Verb, StringComparison.OrdinalIgnoreCase))
{
    return await BenchCommand.RunAsync(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Locate(args) });
builder.AddNewsBot();

var app = builder.Build();
app.MapNewsBot();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the host tests.</summary>
public partial class Program;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "x");
app.Run();

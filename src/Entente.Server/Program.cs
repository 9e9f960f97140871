using Entente.Server.Hosting;

var app = await EntenteServer.CreateAsync(args);
await app.RunAsync();

# Build: the SDK image plus Node.js for the front-end packages (npm ci from the lock file).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Secretariat.sln ./
COPY migrations/ migrations/
COPY Secretariat.Web/ Secretariat.Web/
RUN dotnet publish Secretariat.Web/Secretariat.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "Secretariat.Web.dll"]

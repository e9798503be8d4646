# For Docker users: the API with the built SPA. The two-command quick start in README.md needs no Docker.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cd client && npm ci --no-audit --no-fund && npm run build
RUN dotnet publish src/Api/Api.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends curl fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY --from=build /src/client/dist ./wwwroot-spa
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 Spa__RootPath=/app/wwwroot-spa
EXPOSE 8080
ENTRYPOINT ["dotnet", "OneStop.Api.dll"]

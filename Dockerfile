# For Docker users: the API with the built SPA. The two-command quick start in README.md needs no Docker.
# Vite 7 needs Node 20.19 or later: the SPA is built in its own Node stage.
FROM node:20-bookworm AS client
WORKDIR /src/client
COPY client/package.json client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY client/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Api/Api.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends curl fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY --from=client /src/client/dist ./wwwroot-spa
# A 32 MB smallest gen-0 budget, as scripts/common.sh starts the API: far fewer collections under load (bench/README.md).
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 Spa__RootPath=/app/wwwroot-spa DOTNET_GCgen0size=0x2000000
EXPOSE 8080
ENTRYPOINT ["dotnet", "OneStop.Api.dll"]

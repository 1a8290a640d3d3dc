# One image for the seven services, the console and the reference-data job; the compose file picks
# the entry point (the console by default). Node 24 LTS.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY seeds ./seeds
COPY scripts ./scripts
RUN npm run build && npm run build:console && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/console/web/dist ./apps/console/web/dist
COPY --from=build /app/seeds ./seeds
COPY package.json ./
USER node
# Every entry point answers /health/ready on PORT (a service) or CONSOLE_PORT (the console).
HEALTHCHECK --interval=10s --timeout=5s --retries=12 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||process.env.CONSOLE_PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "dist/apps/console/src/main.js"]

import { All, Controller, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Current, type CurrentSession } from '../sessions/access.decorators';
import { ProxyService } from './proxy.service';

/** Any method under /api/svc/<service>/: the session, CSRF and password-change rules apply as everywhere. */
@ApiExcludeController()
@Controller('api/svc')
export class ProxyController {
  constructor(private readonly proxy: ProxyService) {}

  @All(':service/*path')
  forward(@Param('service') service: string, @Req() req: Request, @Res() res: Response, @Current() current: CurrentSession): Promise<void> {
    return this.proxy.forward(service, req, res, current.user);
  }
}

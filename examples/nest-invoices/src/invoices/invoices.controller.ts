import { Controller, Get, Header, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import axios from 'axios';
import { execFile, exec } from 'child_process';
import escapeHtml from 'escape-html';
import { Response } from 'express';
import { InvoicesRepository } from './invoices.repository';

const PDF_SERVICE = 'https://pdf.internal.example.com/render/';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly repo: InvoicesRepository) {}

  @Get()
  list(@Query('customer') customer: string) {
    // Rows serialised as JSON.
    // plumb-ok: xss
    return this.repo.byCustomer(customer);
  }

  @Get('by-status')
  byStatus(@Query('status') status: string, @Query('sort') sort: string) {
    return this.repo.byStatus(status, sort);
  }

  @Get('overdue/:days')
  overdue(@Param('days', ParseIntPipe) days: number) {
    return this.repo.overdue(days);
  }

  @Get('banner')
  banner(@Query('customer') customer: string): string {
    // plumb-expect: xss
    return `<h1>Invoices for ${customer}</h1>`;
  }

  @Get('banner.txt')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  bannerText(@Query('customer') customer: string): string {
    // plumb-ok: xss
    return `Invoices for ${customer}`;
  }

  @Get('escaped-banner')
  escapedBanner(@Query('customer') customer: string): string {
    // plumb-ok: xss
    return '<h1>Invoices for ' + escapeHtml(customer) + '</h1>';
  }

  @Get(':id/pdf')
  async pdf(@Param('id', ParseIntPipe) id: number) {
    // plumb-ok: ssrf
    const rendered = await axios.get(PDF_SERVICE + id);
    return rendered.data;
  }

  @Get('preview')
  async preview(@Query('template') template: string) {
    // plumb-expect: ssrf
    const page = await axios.get(template);
    return { length: page.data.length };
  }

  @Get('archive')
  archive(@Query('month') month: string, @Res() res: Response) {
    // plumb-expect: command-injection
    exec('tar czf /tmp/invoices.tgz /srv/invoices/' + month, () => res.sendStatus(202));
  }

  @Get('archive-safe')
  archiveSafe(@Query('month') month: string, @Res() res: Response) {
    // plumb-ok: command-injection
    execFile('tar', ['czf', '/tmp/invoices.tgz', '/srv/invoices/' + month], () => res.sendStatus(202));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

const SORTABLE: Record<string, string> = { total: 'total', customer: 'customer' };

@Injectable()
export class InvoicesRepository {
  constructor(
    @InjectRepository(Invoice) private readonly invoices: Repository<Invoice>,
    private readonly dataSource: DataSource,
  ) {}

  byCustomer(customer: string) {
    // plumb-ok: sql-injection
    return this.invoices.createQueryBuilder('i').where('i.customer = :customer', { customer }).getMany();
  }

  byStatus(status: string, sort: string) {
    const column = SORTABLE[sort] ?? 'id';
    // Only the status is spliced in; the sort column comes from a fixed map.
    // plumb-expect: sql-injection
    return this.dataSource.query(`SELECT * FROM invoice WHERE status = '${status}' ORDER BY ${column}`);
  }

  overdue(days: number) {
    // plumb-ok: sql-injection
    return this.dataSource.query('SELECT * FROM invoice WHERE due < now() - $1 * interval \'1 day\'', [days]);
  }
}

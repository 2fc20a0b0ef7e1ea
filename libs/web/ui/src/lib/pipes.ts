import { Pipe, PipeTransform } from '@angular/core';
import { DateStyle, formatCoordinates, formatDate, formatInteger } from './format';

/** `{{ user.lastLoginAt | frDate }}`: in French, in Europe/Paris. */
@Pipe({ name: 'frDate' })
export class FrDatePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, style: DateStyle = 'long'): string {
    return formatDate(value, style);
  }
}

/** `{{ commune.population | frInteger }}` → « 116 238 ». */
@Pipe({ name: 'frInteger' })
export class FrIntegerPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return formatInteger(value);
  }
}

/** `{{ point | frCoordinates }}` → « 47,90289 N, 1,90411 E ». */
@Pipe({ name: 'frCoordinates' })
export class FrCoordinatesPipe implements PipeTransform {
  transform(value: { latitude: number; longitude: number } | null | undefined): string {
    return formatCoordinates(value);
  }
}

// Every non-spreadsheet Apps Script global for one execution, keyed by the name scripts use.
import type { Emulated } from '../core/emulated';
import type { Execution } from '../core/execution';
import { FormApp } from '../forms/form-app';
import { CacheService } from './cache';
import { HtmlService } from './html';
import { LockService } from './lock';
import { Console, Logger } from './logger';
import { MailApp } from './mail';
import { PropertiesService } from './properties';
import { ScriptApp } from './script-app';
import { Session } from './session';
import { Utilities } from './utilities';

export function serviceGlobals(exec: Execution): Record<string, Emulated> {
  return {
    HtmlService: new HtmlService(exec),
    PropertiesService: new PropertiesService(exec),
    CacheService: new CacheService(exec),
    LockService: new LockService(exec),
    Session: new Session(exec),
    Utilities: new Utilities(exec),
    Logger: new Logger(exec),
    console: new Console(exec),
    ScriptApp: new ScriptApp(exec),
    MailApp: new MailApp(exec),
    FormApp: new FormApp(exec),
  };
}

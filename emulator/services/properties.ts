// PLACEHOLDER (the services helper replaces this file).


export class PropertiesState {

}

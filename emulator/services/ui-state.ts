// PLACEHOLDER (the services helper replaces this file).


export class UiState {

}

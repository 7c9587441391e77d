/**
 * A category typed once, on the first row of its block of actions (not merged), with the rows
 * below it left blank: the blank rows belong to the category above them, within the same review
 * and section. Only a column laid out in such blocks is carried down, so a plan that leaves some
 * categories blank on purpose is not given categories it never wrote.
 */
import type { Action } from "./model";

export class CategoryBlocks {
  private review: string | undefined;
  /** The category typed above in the current block; "" where none is (a new review or section). */
  private above = "";
  /** Whether the category typed above already has a blank row under it. */
  private aboveStartsBlock = false;
  /** Action rows with a category typed in their own cell. */
  private typed = 0;
  /** Typed categories with at least one blank row directly under them: the blocks. */
  private blocks = 0;
  private readonly blanks: { action: Action; category: string }[] = [];

  /** A section row ("Strategic Aim 2 – …") starts new blocks: no category carries past it. */
  newSection(): void {
    this.above = "";
  }

  /**
   * One action row, in sheet order. `category`: the row's category as read (a merged cell's value
   * included), "" when blank; `ownCell`: whether it is typed in the row's own cell, not merged down into it.
   */
  read(action: Action, category: string, ownCell: boolean): void {
    this.enterReview(action.review);
    if (category !== "") {
      this.typedAt(category, ownCell);
      return;
    }
    if (this.above === "") return;
    if (!this.aboveStartsBlock) {
      this.blocks++;
      this.aboveStartsBlock = true;
    }
    this.blanks.push({ action, category: this.above });
  }

  /**
   * A recommendation's heading row (recommendationHeadings.ts): a category typed on it starts a block
   * as an action's would. The actions under it take the heading's category from it, and are read
   * as merged (not typed) there.
   */
  heading(review: string, category: string, ownCell: boolean): void {
    this.enterReview(review);
    if (category !== "") this.typedAt(category, ownCell);
  }

  private enterReview(review: string): void {
    if (review === this.review) return;
    this.review = review;
    this.above = "";
  }

  private typedAt(category: string, ownCell: boolean): void {
    // A merged category names its rows already, and says nothing of how typed cells are laid out.
    if (!ownCell) return;
    this.typed++;
    this.above = category;
    this.aboveStartsBlock = false;
  }

  /**
   * Gives each blank row the category above it where the column is laid out in blocks: at least
   * as many blank rows under typed categories as typed ones, at least two blocks, and at least half
   * the typed categories starting a block. A column typed on most rows (a few left blank), or typed
   * down to some row and blank below it, is left as written.
   */
  carryDown(): void {
    const isBlockLayout = this.blocks >= 2 && this.blocks * 2 >= this.typed && this.blanks.length >= this.typed;
    if (!isBlockLayout) return;
    for (const { action, category } of this.blanks) action.category = category;
  }
}

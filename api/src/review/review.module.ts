import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { ReviewRepository } from './review.repository.js';
import { ReviewResolver } from './review.resolver.js';
import { ReviewService } from './review.service.js';

@Module({
  imports: [CatalogueModule],
  providers: [ReviewRepository, ReviewService, ReviewResolver],
  exports: [ReviewService],
})
export class ReviewModule {}
